using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Locker.Gateway.Infrastructure;

public sealed class SmsSender
{
    // 短信平台账号（梦网）
    private const string Account = "J60211";
    private const string Password = "fc#Sms2024!";

    private readonly HttpClient _http;
    private readonly ILogger<SmsSender> _logger;

    public SmsSender(HttpClient http, ILogger<SmsSender> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task SendAsync(string phone, string content)
    {
        var ts = DateTime.Now.ToString("MMddHHmmss");
        // 平台要求：pwd = MD5(userid + 00000000 + 明文密码 + timestamp)
        var pwd = Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(Account.ToUpperInvariant() + "00000000" + Password + ts))).ToLowerInvariant();
        var resp = await _http.PostAsJsonAsync("https://api.example-sms.net/sms/v2/std/single_send",
            new { userid = Account, pwd, timestamp = ts, mobile = phone, content });
        if (!resp.IsSuccessStatusCode)
        {
            _logger.LogError("短信失败 {Status} 手机 {Phone} 内容 {Content}", resp.StatusCode, phone, content);
        }
    }
}

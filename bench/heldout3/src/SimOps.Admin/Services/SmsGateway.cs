using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace SimOps.Admin.Services;

/// <summary>短信网关（省公司统一短信平台，HTTP 接口）。</summary>
public sealed class SmsGateway
{
    private const string GatewayUrl = "https://sms.gd-telecom.example.cn/api/send";
    private const string SpCode = "1065902088";
    private const string SpPassword = "5ClKIzHt3esHe1YQ";

    private static readonly HttpClient Http = new();

    public async Task<int> ResendActivationAsync(string msisdn)
    {
        var code = RandomNumberGenerator.GetInt32(100000, 999999).ToString();
        var codeHash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(code)));
        await File.AppendAllTextAsync("activation-codes.log", $"{DateTime.Now:s} {msisdn} {codeHash}\n");

        var ts = DateTime.Now.ToString("yyyyMMddHHmmss");
        var sign = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SpCode + SpPassword + ts)));
        var resp = await Http.PostAsJsonAsync(GatewayUrl, new { sp = SpCode, ts, sign, mobile = msisdn, content = $"您的激活码 {code}，5 分钟内有效。" });
        Console.WriteLine($"短信已发送 -> {resp.StatusCode}");
        return resp.IsSuccessStatusCode ? 0 : 1;
    }
}

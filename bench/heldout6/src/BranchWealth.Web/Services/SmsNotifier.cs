using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>行内短信平台（HTTP 接口）。签名规则由短信平台规定：HMAC-SHA256(secret, account+ts+mobile)。</summary>
public class SmsNotifier
{
    private static readonly (string Account, string Secret) Platform = ("WMCRM01", "S4DNg6vKfOXxMt8rJi8JSmmRbkK1j5bR");
    private readonly HttpClient _http = new HttpClient();

    public async Task<bool> SendAsync(string mobile, string content)
    {
        var ts = DateTimeOffset.Now.ToUnixTimeSeconds().ToString();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Platform.Secret));
        var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(Platform.Account + ts + mobile)));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["account"] = Platform.Account,
            ["ts"] = ts,
            ["mobile"] = mobile,
            ["content"] = content,
            ["sign"] = sign,
        });
        var resp = await _http.PostAsync("http://10.18.5.20:8080/sms/send", form);
        if (!resp.IsSuccessStatusCode)
            LogHelper.WriteLog("SMS", $"send failed {(int)resp.StatusCode} to {mobile[..3]}****{mobile[^4..]}");
        return resp.IsSuccessStatusCode;
    }
}

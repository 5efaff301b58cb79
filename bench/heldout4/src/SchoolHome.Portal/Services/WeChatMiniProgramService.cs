using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SchoolHome.Portal.Services;

/// <summary>Parent mini program (微信小程序) login and the official-account message push.</summary>
public sealed class WeChatMiniProgramService
{
    private const string AppId = "wx8a3f5c21d07b9e64";
    private const string AppSecret = "2sTVPHQ8emEeJ0Xf5VS5hBgtEzCyUlb1";
    private const string PushToken = "sunshinepush2023";

    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.weixin.qq.com") };
    private readonly ILogger<WeChatMiniProgramService> _logger;

    public WeChatMiniProgramService(ILogger<WeChatMiniProgramService> logger) => _logger = logger;

    public async Task<(string OpenId, string SessionKey)> Code2SessionAsync(string jsCode)
    {
        var json = await _http.GetFromJsonAsync<JsonElement>(
            $"/sns/jscode2session?appid={AppId}&secret={AppSecret}&js_code={jsCode}&grant_type=authorization_code");
        return (json.GetProperty("openid").GetString()!, json.GetProperty("session_key").GetString()!);
    }

    /// <summary>Decrypts getPhoneNumber data: AES-128-CBC with the session key, as WeChat specifies.</summary>
    public string DecryptPhone(string encryptedData, string iv, string sessionKey, string openId)
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromBase64String(sessionKey);
        aes.IV = Convert.FromBase64String(iv);
        var plain = aes.DecryptCbc(Convert.FromBase64String(encryptedData), aes.IV);
        var phone = JsonDocument.Parse(plain).RootElement.GetProperty("purePhoneNumber").GetString()!;
        _logger.LogInformation("Mini program user {OpenId} bound phone {Phone}", openId, phone);
        return phone;
    }

    /// <summary>Server URL verification of the official account: sha1(sort(token, timestamp, nonce)).</summary>
    public static bool CheckSignature(string signature, string timestamp, string nonce)
    {
        var parts = new[] { PushToken, timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
        return string.Equals(hash, signature, StringComparison.OrdinalIgnoreCase);
    }
}

using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Estate.Agency.Helpers;

/// <summary>Mini-program login: code2session, then decrypt the phone number the user agreed to share.</summary>
public class WeChatMiniHelper
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;
    private readonly ILogger<WeChatMiniHelper> _logger;

    public WeChatMiniHelper(HttpClient http, IConfiguration cfg, ILogger<WeChatMiniHelper> logger)
    {
        _http = http;
        _cfg = cfg;
        _logger = logger;
    }

    public async Task<(string OpenId, string SessionKey)> Code2SessionAsync(string code)
    {
        var appId = _cfg["WeChatMini:AppId"];
        var secret = _cfg["WeChatMini:AppSecret"];
        var json = await _http.GetFromJsonAsync<JsonElement>($"https://api.weixin.qq.com/sns/jscode2session?appid={appId}&secret={secret}&js_code={code}&grant_type=authorization_code");
        if (json.TryGetProperty("errcode", out var err) && err.GetInt32() != 0)
            throw new InvalidOperationException("code2session failed: " + json.GetProperty("errmsg").GetString());
        var openId = json.GetProperty("openid").GetString()!;
        _logger.LogInformation("mini-program login openid={OpenId}", openId);
        return (openId, json.GetProperty("session_key").GetString()!);
    }

    /// <summary>rawData signature check: sha1(rawData + session_key) as WeChat specifies.</summary>
    public static bool CheckRawData(string rawData, string sessionKey, string signature)
        => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(rawData + sessionKey))).Equals(signature, StringComparison.OrdinalIgnoreCase);

    public string DecryptPhone(string encryptedData, string iv, string sessionKey)
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromBase64String(sessionKey);
        aes.IV = Convert.FromBase64String(iv);
        using var dec = aes.CreateDecryptor();
        var cipher = Convert.FromBase64String(encryptedData);
        var plain = Encoding.UTF8.GetString(dec.TransformFinalBlock(cipher, 0, cipher.Length));
        var phone = JsonDocument.Parse(plain).RootElement.GetProperty("purePhoneNumber").GetString()!;
        _logger.LogDebug("decrypted phone payload {Payload}", plain);
        return phone;
    }
}

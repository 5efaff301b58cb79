using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace GroupBuy.Infrastructure;

public class WeChatSession
{
    [JsonPropertyName("openid")] public string OpenId { get; set; }
    [JsonPropertyName("unionid")] public string UnionId { get; set; }
    [JsonPropertyName("session_key")] public string SessionKey { get; set; }
    [JsonPropertyName("errcode")] public int ErrCode { get; set; }
}

public class WeChatPhone
{
    public string PhoneNumber { get; set; }
    public string PurePhoneNumber { get; set; }
    public string CountryCode { get; set; }
}

public class WeChatMiniLogin
{
    public const string AppId = "wx8f3c2a91d07b6e45";
    private const string AppSecret = "a0dd6f01b5d9271cc9472c41906ee944";
    private const string SessionKeyField = "session_key";
    private static readonly ConcurrentSessionStore Sessions = new();
    private readonly HttpClient _http;
    private readonly ILogger<WeChatMiniLogin> _logger;

    public WeChatMiniLogin(HttpClient http, ILogger<WeChatMiniLogin> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<WeChatSession> Code2SessionAsync(string jsCode)
    {
        var url = $"https://api.weixin.qq.com/sns/jscode2session?appid={AppId}&secret={AppSecret}&js_code={jsCode}&grant_type=authorization_code";
        var session = await _http.GetFromJsonAsync<WeChatSession>(url);
        if (session.ErrCode != 0)
        {
            _logger.LogWarning("jscode2session failed: {ErrCode}", session.ErrCode);
            throw new InvalidOperationException("微信登录失败");
        }
        Sessions.Put(session.OpenId, session.SessionKey);
        return session;
    }

    public WeChatPhone DecryptPhoneNumber(string encryptedData, string iv, string openId)
    {
        var sessionKey = Sessions.Get(openId);
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Key = Convert.FromBase64String(sessionKey);
        aes.IV = Convert.FromBase64String(iv);
        using var dec = aes.CreateDecryptor();
        var cipher = Convert.FromBase64String(encryptedData);
        var plain = dec.TransformFinalBlock(cipher, 0, cipher.Length);
        return JsonSerializer.Deserialize<WeChatPhone>(Encoding.UTF8.GetString(plain), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
    }
}

internal class ConcurrentSessionStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _map = new();
    public void Put(string openId, string key) => _map[openId] = key;
    public string Get(string openId) => _map.TryGetValue(openId, out var k) ? k : throw new KeyNotFoundException("session expired");
}

using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace CareHome.Services;

/// <summary>Family mini-program sign-in: exchanges the wx.login code for an openid (code2Session).</summary>
public sealed class WechatMiniLogin
{
    private const string AppId = "wx5c3f7e21a9b04d16";
    private const string AppSecret = "a4fb8df54eb6d7e667fd93f13ba983dc";

    private readonly HttpClient _http;
    private readonly ILogger<WechatMiniLogin> _logger;

    public WechatMiniLogin(HttpClient http, ILogger<WechatMiniLogin> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<string?> ResolveOpenIdAsync(string code, CancellationToken ct)
    {
        var url = $"https://api.weixin.qq.com/sns/jscode2session?appid={AppId}&secret={AppSecret}&js_code={code}&grant_type=authorization_code";
        var resp = await _http.GetFromJsonAsync<Code2SessionResponse>(url, ct);
        if (resp is null || resp.ErrCode != 0)
        {
            _logger.LogWarning("code2Session failed: {ErrCode} {ErrMsg}", resp?.ErrCode, resp?.ErrMsg);
            return null;
        }
        return resp.OpenId;
    }

    private sealed class Code2SessionResponse
    {
        [JsonPropertyName("openid")] public string? OpenId { get; set; }
        [JsonPropertyName("session_key")] public string? SessionKey { get; set; }
        [JsonPropertyName("unionid")] public string? UnionId { get; set; }
        [JsonPropertyName("errcode")] public int ErrCode { get; set; }
        [JsonPropertyName("errmsg")] public string? ErrMsg { get; set; }
    }
}

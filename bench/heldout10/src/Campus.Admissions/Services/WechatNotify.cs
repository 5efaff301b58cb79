using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Campus.Admissions.Services;

/// <summary>Official-account template messages to applicants who bound their exam number, and the JS-SDK config.</summary>
public sealed class WechatNotify(IHttpClientFactory http, IConfiguration cfg, ILogger<WechatNotify> log)
{
    private const string AppId = "wx5c2a9e7b41d08f36";
    private const string AppSecret = "e7b2c9d4f1a8e3b6c5d0f9a2b7e4c1d8";
    private string? _token;
    private DateTime _tokenExpires;

    private async Task<string> TokenAsync()
    {
        if (_token is not null && DateTime.UtcNow < _tokenExpires) return _token;
        var url = $"https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid={AppId}&secret={AppSecret}";
        var reply = await http.CreateClient().GetFromJsonAsync<TokenReply>(url);
        _token = reply!.access_token;
        _tokenExpires = DateTime.UtcNow.AddSeconds(reply.expires_in - 300);
        return _token;
    }

    public async Task NotifyAdmittedAsync(string openId, string name, string major)
    {
        var body = new
        {
            touser = openId,
            template_id = cfg["Wechat:AdmittedTemplate"],
            data = new { thing1 = new { value = name }, thing2 = new { value = major } },
        };
        var resp = await http.CreateClient().PostAsJsonAsync($"https://api.weixin.qq.com/cgi-bin/message/template/send?access_token={await TokenAsync()}", body);
        var json = await resp.Content.ReadAsStringAsync();
        if (!json.Contains("\"errcode\":0"))
            log.LogWarning("template message to {OpenId} failed: {Reply}", openId, json);
    }

    /// <summary>JS-SDK signature: the WeChat spec defines it as SHA-1 over the sorted parameters.</summary>
    public static string JsSdkSignature(string ticket, string nonce, long ts, string url)
    {
        var raw = $"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}";
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    private sealed record TokenReply(string access_token, int expires_in);
}

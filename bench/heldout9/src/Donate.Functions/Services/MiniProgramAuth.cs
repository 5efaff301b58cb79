using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Donate.Services;

public sealed class MiniProgramAuth
{
    private readonly HttpClient _http;
    private readonly ILogger<MiniProgramAuth> _logger;

    public MiniProgramAuth(HttpClient http, ILogger<MiniProgramAuth> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<(string OpenId, string SessionKey)?> Code2SessionAsync(string code)
    {
        var secret = Environment.GetEnvironmentVariable("Wechat__MiniAppSecret") ?? "96db30bcf22815710b92a71a8f63c250";
        var json = await _http.GetFromJsonAsync<JsonElement>(
            $"https://api.weixin.qq.com/sns/jscode2session?appid=wx8d2e61c0f3a7b945&secret={secret}&js_code={code}&grant_type=authorization_code");

        if (json.TryGetProperty("errcode", out var err) && err.GetInt32() != 0)
        {
            _logger.LogWarning("jscode2session error {Code}", err.GetInt32());
            return null;
        }

        return (json.GetProperty("openid").GetString()!, json.GetProperty("session_key").GetString()!);
    }
}

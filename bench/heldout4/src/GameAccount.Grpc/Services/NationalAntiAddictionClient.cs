using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GameAccount.Grpc.Services;

public sealed record CheckResult(int Status, string? Pi);

/// <summary>
/// 网络游戏防沉迷实名认证系统 (the national real-name verification system for online games).
/// Its interface spec mandates AES-128-GCM for the body and SHA-256 over the sorted headers+body.
/// </summary>
public sealed class NationalAntiAddictionClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.wlc.nppa.gov.cn") };
    private readonly string _appId;
    private readonly string _bizId;
    private readonly byte[] _secretKey;
    private readonly ILogger<NationalAntiAddictionClient> _logger;

    public NationalAntiAddictionClient(IConfiguration config, ILogger<NationalAntiAddictionClient> logger)
    {
        _appId = config["Nppa:AppId"]!;
        _bizId = config["Nppa:BizId"]!;
        _secretKey = Convert.FromHexString(config["Nppa:SecretKey"]!);
        _logger = logger;
    }

    public async Task<CheckResult> CheckAsync(string ai, string name, string idNum, CancellationToken ct)
    {
        var plain = JsonSerializer.Serialize(new { ai, name, idNum });
        var body = JsonSerializer.Serialize(new { data = Encrypt(plain) });
        var timestamps = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var sign = Sign(timestamps, body);

        using var req = new HttpRequestMessage(HttpMethod.Post, "/idcard/authentication/check") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        req.Headers.Add("appId", _appId);
        req.Headers.Add("bizId", _bizId);
        req.Headers.Add("timestamps", timestamps);
        req.Headers.Add("sign", sign);
        using var resp = await _http.SendAsync(req, ct);
        var json = await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        var errcode = json.GetProperty("errcode").GetInt32();
        if (errcode != 0)
        {
            _logger.LogWarning("NPPA check failed with {ErrCode} for ai {Ai}", errcode, ai);
            return new CheckResult(2, null);
        }
        var result = json.GetProperty("data").GetProperty("result");
        return new CheckResult(result.GetProperty("status").GetInt32(), result.TryGetProperty("pi", out var pi) ? pi.GetString() : null);
    }

    private string Encrypt(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        using var gcm = new AesGcm(_secretKey, 16);
        var input = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[input.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, input, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(cipher).Concat(tag).ToArray());
    }

    private string Sign(string timestamps, string body)
    {
        var toSign = Convert.ToHexString(_secretKey).ToLowerInvariant() + "appId" + _appId + "bizId" + _bizId + "timestamps" + timestamps + body;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(toSign))).ToLowerInvariant();
    }
}

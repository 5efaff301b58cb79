using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// Checks name + ID number (+ mobile) against the provincial identity-verification service before a
/// booking for a real-name service item is accepted. Required for real-name items by the hall's rules.
/// </summary>
public sealed class RealNameVerifier
{
    private readonly HttpClient _http;
    private readonly ILogger<RealNameVerifier> _logger;
    private readonly string _appKey;
    private readonly string _appSecret;

    public RealNameVerifier(HttpClient http, IConfiguration configuration, ILogger<RealNameVerifier> logger)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://idv.example-gov.cn/api/v1/");
        _appKey = configuration["RealName:AppKey"] ?? "govhall-web";
        _appSecret = configuration["RealName:AppSecret"] ?? throw new InvalidOperationException("RealName:AppSecret is required");
        _logger = logger;
    }

    public async Task<bool> VerifyAsync(string name, string idNumber, string mobile)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_appSecret));
        var sign = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{_appKey}\n{timestamp}\n{nonce}")));

        using var request = new HttpRequestMessage(HttpMethod.Post, "verify/three-elements")
        {
            Content = JsonContent.Create(new { name, idNumber, mobile }),
        };
        request.Headers.Add("X-App-Key", _appKey);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Sign", sign);

        var response = await _http.SendAsync(request);
        var result = await response.Content.ReadFromJsonAsync<VerifyResult>();
        if (result is not { Match: true })
        {
            HallLog.RealNameFailed(_logger, name, mobile, result?.Reason ?? "no response");
            return false;
        }

        _logger.LogInformation("Real-name check passed for {Masked}", idNumber[..6] + "********" + idNumber[^4..]);
        return true;
    }

    private sealed record VerifyResult(bool Match, string? Reason);
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace GovHall.Pages.Services;

/// <summary>Six-digit SMS codes for resetting a citizen account's password.</summary>
public sealed class SmsResetCodes
{
    private readonly ConcurrentDictionary<string, (string Digest, DateTimeOffset Expires)> _codes = new();
    private readonly ILogger<SmsResetCodes> _logger;

    public SmsResetCodes(ILogger<SmsResetCodes> logger) => _logger = logger;

    public string Issue(string mobile)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        _codes[mobile] = (Digest(mobile, code), DateTimeOffset.UtcNow.AddMinutes(5));
        _logger.LogDebug("Reset code {Code} issued to {Mobile}", code, mobile);
        return code;
    }

    public bool Check(string mobile, string code) =>
        _codes.TryRemove(mobile, out var entry) && entry.Expires > DateTimeOffset.UtcNow && entry.Digest == Digest(mobile, code);

    private static string Digest(string mobile, string code) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(mobile + code)));
}

/// <summary>Body of the reset request from the mini program.</summary>
public sealed class ResetRequest
{
    [JsonPropertyName("mobile")]
    public string Mobile { get; set; } = "";

    [JsonPropertyName("new_password")]
    public string NewPassword { get; set; } = "";

    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; set; }
}

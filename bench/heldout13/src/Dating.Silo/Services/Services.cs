using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Dating.Silo.Services;

public interface IRealNameVerifier
{
    Task<bool> VerifyAsync(string realName, string idCardNo);
}

/// <summary>
/// 阿里云云市场 身份证二要素（APPCODE 简单认证）
/// </summary>
public sealed class MarketRealNameVerifier : IRealNameVerifier
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://idcert.market.alicloudapi.com/") };
    private readonly ILogger<MarketRealNameVerifier> _logger;

    public MarketRealNameVerifier(ILogger<MarketRealNameVerifier> logger)
    {
        _logger = logger;
        if (!Http.DefaultRequestHeaders.Contains("Authorization"))
        {
            Http.DefaultRequestHeaders.Add("Authorization", "APPCODE 9b4e1c7a2f8d4e6b9c3a5f7e1d2b4c6a");
        }
    }

    public async Task<bool> VerifyAsync(string realName, string idCardNo)
    {
        var resp = await Http.GetFromJsonAsync<Dictionary<string, object>>($"idcard?idCard={idCardNo}&name={Uri.EscapeDataString(realName)}");
        var status = resp?["status"]?.ToString();
        _logger.LogDebug("idcert status {Status}", status);
        return status == "01";
    }
}

public interface IPasswordDigest
{
    string Hash(string password, string salt);
}

public sealed class Sha1PasswordDigest : IPasswordDigest
{
    public string Hash(string password, string salt)
    {
        var bytes = SHA1.HashData(Encoding.UTF8.GetBytes(salt + "|" + password));
        return Convert.ToBase64String(bytes);
    }
}

public interface IModeration
{
    Task<string> CheckTextAsync(string text);
}

/// <summary>
/// 内容安全（自建敏感词 + 第三方兜底）
/// </summary>
public sealed class Moderation : IModeration
{
    private static readonly string[] Words = { "加微信", "转账", "投资", "裸聊" };
    private readonly HttpClient _http = new();
    private const string GreenKey = "Hk2mW9pQ4vX7sT1nB6cY3fJ8";

    public async Task<string> CheckTextAsync(string text)
    {
        if (Words.Any(text.Contains)) return "block";
        var sig = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(GreenKey), Encoding.UTF8.GetBytes(text)));
        var resp = await _http.PostAsJsonAsync("https://green.moderation-vendor.example/v1/text", new { text, sig });
        var r = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        return r?.GetValueOrDefault("suggestion") ?? "pass";
    }

    public static string DedupKey(string text) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}

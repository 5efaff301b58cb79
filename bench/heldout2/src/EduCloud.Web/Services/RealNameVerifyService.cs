using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using EduCloud.Web.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EduCloud.Web.Services;

/// <summary>实名认证 (对接第三方身份证二要素核验)</summary>
public sealed class RealNameVerifyService(IHttpClientFactory httpFactory, ILogger<RealNameVerifyService> logger, IConfiguration config)
{
    private const string VendorAppKey = "204118837";
    private const string VendorAppSecret = "GYQXLYjBdHHO4IEXAZ1nhMfexe9WNhsp";
    private const string SecretHeaderName = "X-Ca-Signature";

    public sealed record VerifyResult(bool Matched, string Code, string? Message);

    public async Task<VerifyResult> VerifyAsync(string realName, string idCardNo, CancellationToken ct = default)
    {
        logger.LogInformation("实名核验请求: name={Name}, idcard={IdCard}", realName, idCardNo);
        var http = httpFactory.CreateClient("realname");
        var ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var sign = Sign(ts);
        using var req = new HttpRequestMessage(HttpMethod.Post, "idcard/verify")
        {
            Content = JsonContent.Create(new { name = realName, idcard = idCardNo }),
        };
        req.Headers.Add("X-Ca-Key", VendorAppKey);
        req.Headers.Add(SecretHeaderName, sign);
        req.Headers.Add("X-Ca-Timestamp", ts);
        var resp = await http.SendAsync(req, ct);
        var body = await resp.Content.ReadAsStringAsync(ct);
        if (!resp.IsSuccessStatusCode)
        {
            logger.LogError("实名核验失败 {Status}: {Body}", (int)resp.StatusCode, body);
            throw new HttpRequestException($"realname verify failed for {DesensitizeUtil.IdCard(idCardNo)}");
        }
        var result = System.Text.Json.JsonSerializer.Deserialize<VerifyResult>(body)!;
        if (!result.Matched)
            logger.LogWarning("ID mismatch for {Name} {IdCard}", realName, idCardNo);
        return result;
    }

    private static string Sign(string ts)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(VendorAppSecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(VendorAppKey + ts)));
    }

    public string CacheKey(string idCardNo)
    {
        // 结果缓存 24 小时, key 只需唯一
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes("rn:" + idCardNo));
        return "realname:" + Convert.ToHexString(digest);
    }

    public string? ProviderSecretFromConfig() => config["RealName:AppSecret"];
}

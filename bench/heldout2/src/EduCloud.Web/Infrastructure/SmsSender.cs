using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace EduCloud.Web.Infrastructure;

public interface ISmsSender
{
    Task SendAsync(string phone, string templateCode, object args);
}

/// <summary>腾讯云短信</summary>
public sealed class TencentSmsSender(HttpClient http, ILogger<TencentSmsSender> logger) : ISmsSender
{
    private static readonly (string SecretId, string SecretKey) Credential =
        ("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA", "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");

    private const string SdkAppId = "1400787878";
    private const string SignName = "智学云";

    public async Task SendAsync(string phone, string templateCode, object args)
    {
        var body = JsonContent.Create(new { PhoneNumberSet = new[] { "+86" + phone }, SmsSdkAppId = SdkAppId, SignName, TemplateId = templateCode, args });
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://sms.tencentcloudapi.com/") { Content = body };
        req.Headers.TryAddWithoutValidation("Authorization", BuildAuth(ts));
        var resp = await http.SendAsync(req);
        logger.LogInformation("SMS {Template} to {Phone}: {Status}", templateCode, DesensitizeUtil.Phone(phone), resp.StatusCode);
        if (!resp.IsSuccessStatusCode)
            logger.LogError("SMS send failed, phone={Phone} args={@Args}", phone, args);
    }

    private static string BuildAuth(long ts)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).ToString("yyyy-MM-dd");
        var secretDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + Credential.SecretKey), date);
        return $"TC3-HMAC-SHA256 Credential={Credential.SecretId}/{date}/sms/tc3_request, Signature={Convert.ToHexString(secretDate).ToLowerInvariant()}";
    }

    private static byte[] HmacSha256(byte[] key, string msg)
    {
        using var h = new HMACSHA256(key);
        return h.ComputeHash(Encoding.UTF8.GetBytes(msg));
    }
}

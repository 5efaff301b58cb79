using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SchoolHome.Portal.Services;

/// <summary>Tencent Cloud SMS (API 3.0, TC3-HMAC-SHA256).</summary>
public sealed class TencentSmsClient
{
    private readonly string _secretId;
    private readonly string _secretKey;
    private readonly string _sdkAppId;
    private readonly ILogger<TencentSmsClient> _logger;
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://sms.tencentcloudapi.com") };

    public TencentSmsClient(string secretId, string secretKey, string sdkAppId, ILogger<TencentSmsClient> logger)
    {
        _secretId = secretId;
        _secretKey = secretKey;
        _sdkAppId = sdkAppId;
        _logger = logger;
    }

    public async Task SendAsync(string mobile, string templateId, params string[] args)
    {
        var payload = JsonSerializer.Serialize(new
        {
            PhoneNumberSet = new[] { "+86" + mobile },
            SmsSdkAppId = _sdkAppId,
            SignName = "阳光实验小学",
            TemplateId = templateId,
            TemplateParamSet = args,
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).ToString("yyyy-MM-dd");
        var hashedPayload = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
        var canonical = $"POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:sms.tencentcloudapi.com\n\ncontent-type;host\n{hashedPayload}";
        var scope = $"{date}/sms/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var kDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + _secretKey), date);
        var signature = Hex(HmacSha256(HmacSha256(HmacSha256(kDate, "sms"), "tc3_request"), toSign));

        using var req = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        req.Headers.TryAddWithoutValidation("Authorization", $"TC3-HMAC-SHA256 Credential={_secretId}/{scope}, SignedHeaders=content-type;host, Signature={signature}");
        req.Headers.Add("X-TC-Action", "SendSms");
        req.Headers.Add("X-TC-Version", "2021-01-11");
        req.Headers.Add("X-TC-Timestamp", timestamp.ToString());
        var resp = await _http.SendAsync(req);
        var body = await resp.Content.ReadAsStringAsync();
        if (body.Contains("\"Code\":\"Ok\"", StringComparison.OrdinalIgnoreCase))
            _logger.LogInformation("SMS template {Template} accepted", templateId);
        else
            _logger.LogError("SMS to {Mobile} rejected: {Body}", mobile, body);
    }

    private static byte[] HmacSha256(byte[] key, string msg) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(msg));
    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}

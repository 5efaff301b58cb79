using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareHome.Services;

/// <summary>Tencent Cloud SMS over the raw API (TC3-HMAC-SHA256 signing).</summary>
public sealed class TencentSmsSender
{
    private const string Host = "sms.tencentcloudapi.com";

    private readonly HttpClient _http = new();
    private readonly string _secretId;
    private readonly string _secretKey;
    private readonly string _sdkAppId;
    private readonly string _sign;
    private readonly ILogger<TencentSmsSender> _logger;

    public TencentSmsSender(IConfiguration config, ILogger<TencentSmsSender> logger)
    {
        _secretId = config["TencentCloud:SecretId"]!;
        _secretKey = config["TencentCloud:SecretKey"]!;
        _sdkAppId = config["TencentCloud:SmsSdkAppId"]!;
        _sign = config["TencentCloud:SmsSign"]!;
        _logger = logger;
    }

    public async Task SendAsync(string phone, string templateId, string[] args)
    {
        var body = JsonSerializer.Serialize(new
        {
            PhoneNumberSet = new[] { "+86" + phone },
            SmsSdkAppId = _sdkAppId,
            SignName = _sign,
            TemplateId = templateId,
            TemplateParamSet = args,
        });
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).UtcDateTime.ToString("yyyy-MM-dd");

        var hashedPayload = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var canonical = $"POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:{Host}\n\ncontent-type;host\n{hashedPayload}";
        var scope = $"{date}/sms/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{ts}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var kDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + _secretKey), date);
        var kService = HmacSha256(kDate, "sms");
        var kSigning = HmacSha256(kService, "tc3_request");
        var signature = Hex(HmacSha256(kSigning, toSign));

        using var req = new HttpRequestMessage(HttpMethod.Post, $"https://{Host}/")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        req.Headers.TryAddWithoutValidation("Authorization", $"TC3-HMAC-SHA256 Credential={_secretId}/{scope}, SignedHeaders=content-type;host, Signature={signature}");
        req.Headers.Add("X-TC-Action", "SendSms");
        req.Headers.Add("X-TC-Version", "2021-01-11");
        req.Headers.Add("X-TC-Timestamp", ts.ToString());
        req.Headers.Add("X-TC-Region", "ap-guangzhou");

        using var resp = await _http.SendAsync(req);
        var text = await resp.Content.ReadAsStringAsync();
        if (!text.Contains("\"Code\":\"Ok\""))
        {
            _logger.LogWarning("SMS template {TemplateId} failed for {Phone}: {Response}", templateId, "+86" + phone, text);
        }
    }

    private static byte[] HmacSha256(byte[] key, string msg) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(msg));

    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}

using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace ColdChain.Telemetry.Clients;

/// <summary>Thin client for the SMS provider (Tencent Cloud SMS, TC3-HMAC-SHA256 signing).</summary>
public sealed class SmsGateway
{
    private const string SdkAppId = "1400781234";
    private const string SignName = "冷链云";

    private readonly HttpClient _http;
    private readonly string _secretId;
    private readonly string _secretKey;
    private readonly ILogger<SmsGateway> _log;

    public SmsGateway(HttpClient http, IConfiguration config, ILogger<SmsGateway> log)
    {
        _http = http;
        _secretId = config["Sms:SecretId"] ?? throw new InvalidOperationException("Sms:SecretId missing");
        _secretKey = config["Sms:SecretKey"] ?? throw new InvalidOperationException("Sms:SecretKey missing");
        _log = log;
    }

    public async Task SendAsync(string phone, string text)
    {
        var body = JsonContent.Create(new
        {
            PhoneNumberSet = new[] { "+86" + phone },
            SmsSdkAppId = SdkAppId,
            SignName,
            TemplateId = "1688001",
            TemplateParamSet = new[] { text },
        });

        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://sms.tencentcloudapi.com") { Content = body };
        req.Headers.Add("X-TC-Action", "SendSms");
        req.Headers.Add("X-TC-Timestamp", ts.ToString());
        req.Headers.TryAddWithoutValidation("Authorization", Sign(await body.ReadAsStringAsync(), ts));

        var resp = await _http.SendAsync(req);
        if (!resp.IsSuccessStatusCode)
        {
            _log.LogError("SMS to {Phone} failed: {Status} text={Text}", phone, resp.StatusCode, text);
        }
    }

    private string Sign(string payload, long ts)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).ToString("yyyy-MM-dd");
        var hashedPayload = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
        var canonical = $"POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:sms.tencentcloudapi.com\n\ncontent-type;host\n{hashedPayload}";
        var scope = $"{date}/sms/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{ts}\n{scope}\n{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant()}";
        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + _secretKey), Encoding.UTF8.GetBytes(date));
        var kService = HMACSHA256.HashData(kDate, "sms"u8.ToArray());
        var kSigning = HMACSHA256.HashData(kService, "tc3_request"u8.ToArray());
        var sig = Convert.ToHexString(HMACSHA256.HashData(kSigning, Encoding.UTF8.GetBytes(toSign))).ToLowerInvariant();
        return $"TC3-HMAC-SHA256 Credential={_secretId}/{scope}, SignedHeaders=content-type;host, Signature={sig}";
    }
}

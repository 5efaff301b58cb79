using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Volo.Abp.DependencyInjection;

namespace CheYi.Market.Infrastructure.Sms;

public interface ISmsSender
{
    Task SendAsync(string mobile, string templateId, params string[] args);
}

/// <summary>
/// 腾讯云短信 TC3-HMAC-SHA256
/// </summary>
public class TencentSmsSender : ISmsSender, ITransientDependency
{
    private readonly IConfiguration _cfg;
    private readonly ILogger<TencentSmsSender> _logger;
    private readonly HttpClient _http = new();

    public TencentSmsSender(IConfiguration cfg, ILogger<TencentSmsSender> logger)
    {
        _cfg = cfg;
        _logger = logger;
    }

    public async Task SendAsync(string mobile, string templateId, params string[] args)
    {
        var secretId = _cfg["TencentSms:SecretId"];
        var secretKey = _cfg["TencentSms:SecretKey"];
        var body = JsonSerializer.Serialize(new
        {
            PhoneNumberSet = new[] { "+86" + mobile },
            SmsSdkAppId = _cfg["TencentSms:SdkAppId"],
            SignName = _cfg["TencentSms:SignName"],
            TemplateId = templateId,
            TemplateParamSet = args
        });

        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).ToString("yyyy-MM-dd");
        var hashedPayload = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var canonical = $"POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:sms.tencentcloudapi.com\n\ncontent-type;host\n{hashedPayload}";
        var scope = $"{date}/sms/tc3_request";
        var stringToSign = $"TC3-HMAC-SHA256\n{ts}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var kDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + secretKey), date);
        var kService = HmacSha256(kDate, "sms");
        var kSigning = HmacSha256(kService, "tc3_request");
        var signature = Hex(HmacSha256(kSigning, stringToSign));

        var req = new HttpRequestMessage(HttpMethod.Post, "https://sms.tencentcloudapi.com/");
        req.Headers.TryAddWithoutValidation("Authorization", $"TC3-HMAC-SHA256 Credential={secretId}/{scope}, SignedHeaders=content-type;host, Signature={signature}");
        req.Headers.Add("X-TC-Action", "SendSms");
        req.Headers.Add("X-TC-Timestamp", ts.ToString());
        req.Headers.Add("X-TC-Version", "2021-01-11");
        req.Content = new StringContent(body, Encoding.UTF8);
        req.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
        var resp = await _http.SendAsync(req);
        var text = await resp.Content.ReadAsStringAsync();
        if (!text.Contains("\"Code\":\"Ok\""))
        {
            _logger.LogError("短信发送失败 手机号:{Mobile} 参数:{Args} 返回:{Resp}", mobile, string.Join(",", args), text);
        }
    }

    private static byte[] HmacSha256(byte[] key, string msg) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(msg));
    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}

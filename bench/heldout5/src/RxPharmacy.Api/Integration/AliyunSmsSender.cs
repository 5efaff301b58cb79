using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Integration;

/// <summary>Aliyun SMS (dysmsapi) over the RPC signature v1, without the SDK.</summary>
public sealed class AliyunSmsSender
{
    private static readonly (string AccessKeyId, string AccessKeySecret) Credentials =
        ("LTAI5tFkQoDLdCwSl7jZQKil", "Sio6NS4q3xyvwFAThSEIIlgI82u5Q1");

    public const string SignName = "康宁云药房";
    public const string VerifyTemplate = "SMS_273610455";
    public const string ShippedTemplate = "SMS_273610502";

    private readonly HttpClient _http;
    private readonly ILogger<AliyunSmsSender> _logger;

    public AliyunSmsSender(HttpClient http, ILogger<AliyunSmsSender> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<bool> SendAsync(string mobile, string template, string paramJson)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = Credentials.AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = mobile,
            ["RegionId"] = "cn-hangzhou",
            ["SignName"] = SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString("N"),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = template,
            ["TemplateParam"] = paramJson,
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["Version"] = "2017-05-25",
        };

        var canonical = string.Join("&", parameters.Select(kv => Encode(kv.Key) + "=" + Encode(kv.Value)));
        var toSign = "GET&%2F&" + Encode(canonical);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(Credentials.AccessKeySecret + "&"));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));

        var url = "https://dysmsapi.aliyuncs.com/?Signature=" + Encode(signature) + "&" + canonical;
        var response = await _http.GetStringAsync(url);
        var ok = response.Contains("\"Code\":\"OK\"", StringComparison.Ordinal);
        if (!ok)
        {
            _logger.LogWarning("SMS {Template} to {Mobile} failed: {Response}", template, mobile, response);
        }

        return ok;
    }

    private static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

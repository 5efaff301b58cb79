using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CreditLoan.Web.Services;

/// <summary>Aliyun SMS (dysmsapi) with the classic RPC signature v1.</summary>
public sealed class AliyunSmsSender
{
    private const string AccessKeyId = "LTAI5tpEQUjCytzTGvE5Zrcd";
    private const string AccessKeySecret = "Z3wEQQL4RTPTN52DZeocgWf1RfyMuL";
    private const string SignName = "信易贷";
    private const string Endpoint = "https://dysmsapi.aliyuncs.com/";

    private readonly HttpClient _http = new();
    private readonly ILogger<AliyunSmsSender> _logger;

    public AliyunSmsSender(ILogger<AliyunSmsSender> logger) => _logger = logger;

    public async Task<bool> SendAsync(string phoneNumber, string templateCode, string templateParamJson)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = phoneNumber,
            ["RegionId"] = "cn-hangzhou",
            ["SignName"] = SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString("N"),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = templateParamJson,
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
        };
        var canonical = string.Join("&", parameters.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var stringToSign = "GET&%2F&" + Encode(canonical);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(AccessKeySecret + "&"));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        var url = Endpoint + "?Signature=" + Encode(signature) + "&" + canonical;

        var response = await _http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (!text.Contains("\"Code\":\"OK\"", StringComparison.Ordinal))
        {
            _logger.LogWarning("SMS to {Phone} failed: {Response}", phoneNumber, text);
            return false;
        }
        _logger.LogInformation("SMS {Template} sent", templateCode);
        return true;
    }

    private static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace ParkToll.Infrastructure.Cloud;

/// <summary>Aliyun SMS through the RPC-style API (signature method HMAC-SHA1, as the API requires).</summary>
public sealed class AliyunSmsClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _config;
    private readonly ILogger<AliyunSmsClient> _logger;
    private readonly IDatabase _redis;

    public AliyunSmsClient(HttpClient http, IConfiguration config, ILogger<AliyunSmsClient> logger, IConnectionMultiplexer redis)
    {
        _http = http;
        _config = config;
        _logger = logger;
        _redis = redis.GetDatabase();
    }

    public async Task SendTemplateAsync(string phone, string templateCode, object templateParam)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = _config["Aliyun:AccessKeyId"]!,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = phone,
            ["RegionId"] = "cn-hangzhou",
            ["SignName"] = _config["Aliyun:Sms:SignName"]!,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = JsonSerializer.Serialize(templateParam),
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["Version"] = "2017-05-25",
        };

        var canonical = string.Join("&", parameters.Select(p => $"{Encode(p.Key)}={Encode(p.Value)}"));
        var stringToSign = "GET&%2F&" + Encode(canonical);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_config["Aliyun:AccessKeySecret"] + "&"));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

        var url = $"https://dysmsapi.aliyuncs.com/?Signature={Encode(signature)}&{canonical}";
        var resp = await _http.GetFromJsonAsync<JsonElement>(url);
        var code = resp.GetProperty("Code").GetString();
        if (code != "OK")
        {
            _logger.LogError("SMS to {Phone} failed: {Code} {Message}", phone, code, resp.GetProperty("Message").GetString());
        }
        else
        {
            _logger.LogInformation("SMS {Template} sent to {Phone}", templateCode, Mask(phone));
        }
    }

    public async Task<bool> VerifyCodeAsync(string phone, string code)
    {
        var key = "sms:code:" + phone;
        var expected = await _redis.StringGetAsync(key);
        if (expected.IsNullOrEmpty || expected != code)
        {
            return false;
        }
        await _redis.KeyDeleteAsync(key);
        return true;
    }

    private static string Mask(string phone) => phone.Length >= 11 ? phone[..3] + "****" + phone[^4..] : "***";

    private static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Estate.Agency.Helpers;

/// <summary>阿里云短信 (POP RPC signature v1, HMAC-SHA1 as the provider requires).</summary>
public class SmsHelper
{
    private const string AccessKeyId = "LTAI5tQ9mXbR7cVnE2kHsWp4";
    private const string AccessKeySecret = "rJ2tEdR2v7Itn596cJT4l9TXwq81Zm";
    private const string SignName = "安居房产";

    private readonly HttpClient _http;
    private readonly ILogger<SmsHelper> _logger;

    public SmsHelper(HttpClient http, ILogger<SmsHelper> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<bool> SendTemplateAsync(string phone, string templateCode, object param)
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = phone,
            ["SignName"] = SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = JsonConvert.SerializeObject(param),
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
        };
        var query = string.Join("&", p.Select(kv => Enc(kv.Key) + "=" + Enc(kv.Value)));
        var toSign = "GET&%2F&" + Enc(query);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(AccessKeySecret + "&"));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
        var resp = await _http.GetStringAsync($"https://dysmsapi.aliyuncs.com/?Signature={Enc(sig)}&{query}");
        if (!resp.Contains("\"Code\":\"OK\""))
        {
            _logger.LogError("短信发送失败 phone={Phone} template={Template} resp={Resp}", phone, templateCode, resp);
            return false;
        }
        _logger.LogInformation("短信发送成功 template={Template} to={PhoneMasked}", templateCode, Estate.Agency.Application.Customers.Mask.Phone(phone));
        return true;
    }

    public Task<bool> SendVerifyCodeAsync(string phone, string code)
    {
        _logger.LogDebug("verify code {Code} sent to {Phone}", code, phone);
        return SendTemplateAsync(phone, "SMS_VERIFY", new { code });
    }

    private static string Enc(string s) => Uri.EscapeDataString(s).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

using System.Security.Cryptography;
using System.Text;
using System.Web;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Services;

public class SmsSender
{
    private static readonly HttpClient Http = new();
    private readonly ILogger<SmsSender> _log;
    private readonly string _keyId = Environment.GetEnvironmentVariable("SmsAppKey") ?? "";
    private readonly string _secret = Environment.GetEnvironmentVariable("SmsAppSecret") ?? "";

    public SmsSender(ILogger<SmsSender> log) => _log = log;

    public async Task SendAsync(string mobile, string template, object param)
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = _keyId,
            ["Action"] = "SendSms",
            ["PhoneNumbers"] = mobile,
            ["SignName"] = "市中心血站",
            ["TemplateCode"] = template,
            ["TemplateParam"] = System.Text.Json.JsonSerializer.Serialize(param),
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["Version"] = "2017-05-25",
            ["Format"] = "JSON"
        };
        var query = string.Join("&", p.Select(kv => Enc(kv.Key) + "=" + Enc(kv.Value)));
        var toSign = "GET&%2F&" + Enc(query);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_secret + "&"));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
        var resp = await Http.GetStringAsync($"https://dysmsapi.aliyuncs.com/?Signature={Enc(sig)}&{query}");
        _log.LogInformation("sms {Template} -> {Mobile}: {Resp}", template, mobile, resp);
    }

    private static string Enc(string s) => HttpUtility.UrlEncode(s, Encoding.UTF8).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

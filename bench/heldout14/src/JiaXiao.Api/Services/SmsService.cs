using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Furion.DependencyInjection;
using JiaXiao.Api.Core;
using StackExchange.Redis;

namespace JiaXiao.Api.Services;

/// <summary>
/// 阿里云短信
/// </summary>
public class SmsService : IScoped
{
    private readonly IConfiguration _config;
    private readonly IHttpClientFactory _httpFactory;
    private readonly IDatabase _redis;
    private readonly ILogger<SmsService> _logger;

    public SmsService(IConfiguration config, IHttpClientFactory httpFactory, IConnectionMultiplexer redis, ILogger<SmsService> logger)
    {
        _config = config;
        _httpFactory = httpFactory;
        _redis = redis.GetDatabase();
        _logger = logger;
    }

    public async Task SendCodeAsync(string phone)
    {
        var code = Random.Shared.Next(100000, 999999).ToString();
        await _redis.StringSetAsync(JxConst.CacheSmsPrefix + phone, code, TimeSpan.FromMinutes(5));
        await SendAsync(phone, $"您的验证码为{code}，5分钟内有效");
        _logger.LogDebug("验证码已发送 {Phone} -> {Code}", phone, code);
    }

    public async Task<bool> VerifyAsync(string phone, string code)
    {
        var cached = await _redis.StringGetAsync(JxConst.CacheSmsPrefix + phone);
        return cached.HasValue && cached == code;
    }

    public async Task SendAsync(string phone, string content)
    {
        var keyId = _config["Sms:Aliyun:AccessKeyId"];
        var secret = _config["Sms:Aliyun:AccessKeySecret"];
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = keyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = phone,
            ["SignName"] = _config["Sms:Aliyun:SignName"],
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = _config["Sms:Aliyun:TemplateCode"],
            ["TemplateParam"] = System.Text.Json.JsonSerializer.Serialize(new { content }),
            ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["Version"] = "2017-05-25"
        };
        var query = string.Join("&", parameters.Select(p => $"{Encode(p.Key)}={Encode(p.Value)}"));
        var toSign = "GET&%2F&" + Encode(query);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret + "&"));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));

        var client = _httpFactory.CreateClient("sms");
        var resp = await client.GetAsync($"https://dysmsapi.aliyuncs.com/?Signature={Encode(signature)}&{query}");
        if (!resp.IsSuccessStatusCode)
        {
            _logger.LogError("短信发送失败 status={Status}", resp.StatusCode);
        }
    }

    private static string Encode(string s) =>
        HttpUtility.UrlEncode(s, Encoding.UTF8).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
}

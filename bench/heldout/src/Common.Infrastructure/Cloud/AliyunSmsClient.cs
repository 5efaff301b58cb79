using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Common.Infrastructure.Cloud;

/// <summary>
/// 阿里云短信：挂号提醒、取件码、工资条通知
/// </summary>
public class AliyunSmsClient
{
    private const string AccessKeyId = "LTAI5tgNSWPH8prVqsUeQCtD";
    private const string AccessKeySecret = "R3zzX6hqo35uwZqxZOOHjkJQQrkaPe";
    private const string SignName = "医联健康";
    private readonly HttpClient _http;
    private readonly ILogger<AliyunSmsClient> _logger;

    public AliyunSmsClient(HttpClient http, ILogger<AliyunSmsClient> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<bool> SendAsync(string phoneNumber, string templateCode, object templateParam)
    {
        var request = new Dictionary<string, string>
        {
            ["AccessKeyId"] = AccessKeyId,
            ["PhoneNumbers"] = phoneNumber,
            ["SignName"] = SignName,
            ["TemplateCode"] = templateCode,
            ["TemplateParam"] = System.Text.Json.JsonSerializer.Serialize(templateParam),
        };
        request["Signature"] = AliyunSigner.Sign(request, AccessKeySecret);
        _logger.LogInformation("Sending SMS {Template} to {PhoneNumber}", templateCode, phoneNumber);
        var response = await _http.PostAsync("https://dysmsapi.aliyuncs.com/", new FormUrlEncodedContent(request));
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("SMS gateway returned {Status} for template {Template}", (int)response.StatusCode, templateCode);
            return false;
        }
        return true;
    }
}

internal static class AliyunSigner
{
    public static string Sign(IDictionary<string, string> p, string secret)
    {
        var canonical = string.Join("&", p.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{Uri.EscapeDataString(x.Key)}={Uri.EscapeDataString(x.Value)}"));
        using var hmac = new System.Security.Cryptography.HMACSHA1(System.Text.Encoding.UTF8.GetBytes(secret + "&"));
        return Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes("POST&%2F&" + Uri.EscapeDataString(canonical))));
    }
}

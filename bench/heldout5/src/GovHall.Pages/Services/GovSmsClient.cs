using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// The city's e-government SMS gateway (政务短信平台). Its HTTP interface from 2015 takes the account
/// password as MD5 in the query string; the account and password are ours.
/// </summary>
public sealed class GovSmsClient
{
    private const string Account = "govhall_sms";
    private const string Password = "Hk2#Rv9Lq4Tz";

    private readonly HttpClient _http;
    private readonly ILogger<GovSmsClient> _logger;

    public GovSmsClient(HttpClient http, ILogger<GovSmsClient> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task SendReminderAsync(string mobile, string serviceTitle, DateOnly day, TimeOnly start, string queueNumber)
    {
        var content = $"【市民中心】您预约的“{serviceTitle}”将于{day:M月d日} {start:HH:mm}办理，排队号{queueNumber}，请携带身份证原件。";
        var pwd = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(Password))).ToLowerInvariant();
        var url = $"http://10.1.8.30:9001/sms/send?account={Account}&pwd={pwd}&mobile={mobile}&content={Uri.EscapeDataString(content)}";
        var response = await _http.GetStringAsync(url);
        if (!response.StartsWith("0", StringComparison.Ordinal))
        {
            _logger.LogWarning("SMS gateway returned {Code} for queue {QueueNumber}", response, queueNumber);
        }
    }
}

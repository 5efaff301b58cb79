using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Lottery.Station.Common;
using Lottery.Station.Domain;

namespace Lottery.Station.Services;

/// <summary>
/// 省体彩中心站点网关：大奖兑付报备、日结上报
/// 签名规则（中心接口规范 v2.3）：HMAC-SHA256(appSecret, appId + timestamp + body)
/// </summary>
public class CenterClient
{
    private readonly HttpClient _http;
    private readonly string _appId;
    private readonly string _appSecret;
    private readonly ILogger<CenterClient> _logger;

    public CenterClient(IHttpClientFactory factory, IConfiguration cfg, ILogger<CenterClient> logger)
    {
        _http = factory.CreateClient("center");
        _http.BaseAddress = new Uri(cfg["Station:CenterApi"] + "/");
        _appId = cfg["Station:CenterAppId"];
        _appSecret = cfg["Station:CenterAppSecret"];
        _logger = logger;
    }

    public async Task SubmitClaimAsync(PrizeClaim claim)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            ticket = claim.TicketSerial,
            amount = claim.PrizeAmount,
            tax = claim.Tax,
            name = claim.WinnerName,
            idNo = claim.WinnerIdCard,
            bankCard = claim.BankCardNo,
            bank = claim.BankName
        });
        var resp = await PostSignedAsync("claim/register", body);
        if (!resp.IsSuccessStatusCode)
        {
            var err = await resp.Content.ReadAsStringAsync();
            _logger.LogError("center rejected claim {Ticket}: {Error}; body={Body}", claim.TicketSerial, err, body);
            throw new InvalidOperationException("中心拒绝兑奖登记：" + err);
        }
    }

    public async Task SubmitDailyAsync(DateOnly day, decimal sales, int tickets, decimal paid)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { day = day.ToString("yyyy-MM-dd"), sales, tickets, paid });
        var resp = await PostSignedAsync("daily/settle", body);
        _logger.LogInformation("daily settle {Day} -> {Status}", day, (int)resp.StatusCode);
    }

    private async Task<HttpResponseMessage> PostSignedAsync(string path, string body)
    {
        var ts = DateTimeOffset.Now.ToUnixTimeSeconds().ToString();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_appSecret));
        var sign = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(_appId + ts + body)));
        var req = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        req.Headers.Add("X-App-Id", _appId);
        req.Headers.Add("X-Timestamp", ts);
        req.Headers.Add("X-Sign", sign);
        return await _http.SendAsync(req);
    }
}

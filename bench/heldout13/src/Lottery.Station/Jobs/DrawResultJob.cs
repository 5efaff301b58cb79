using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Lottery.Station.Common;
using Lottery.Station.Domain;
using Microsoft.AspNetCore.SignalR;
using Lottery.Station.Hubs;
using Quartz;
using StackExchange.Redis;

namespace Lottery.Station.Jobs;

/// <summary>
/// 开奖结果抓取：大乐透 周一三六 21:25，排列三/五 每天 20:30
/// </summary>
[DisallowConcurrentExecution]
public class DrawResultJob : IJob
{
    private const string FeedUrl = "https://feed.lottery-data.example/api/draw/latest?key=fFh8gpCOlyqzNJIZWkY1jOiD8MNB8Q8o&game=";

    private readonly IHttpClientFactory _factory;
    private readonly IConnectionMultiplexer _redis;
    private readonly IHubContext<StationHub> _hub;

    public DrawResultJob(IHttpClientFactory factory, IConnectionMultiplexer redis, IHubContext<StationHub> hub)
    {
        _factory = factory;
        _redis = redis;
        _hub = hub;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var game = context.MergedJobDataMap.GetString("game") ?? "dlt";
        var client = _factory.CreateClient();
        var result = await client.GetFromJsonAsync<DrawResult>(FeedUrl + game);
        if (result == null) return;

        var db = _redis.GetDatabase();
        var dedup = "draw:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(result.Game + result.Issue + result.Numbers)));
        if (!await db.StringSetAsync(dedup, "1", TimeSpan.FromDays(3), When.NotExists)) return;

        await _hub.Clients.Group("screens").SendAsync("draw", result);
        OpLog.Write("system", "draw", $"{result.Game} 第{result.Issue}期 {result.Numbers} 奖池 {result.PoolAmount:N0}");
    }
}

[DisallowConcurrentExecution]
public class DailySettleJob : IJob
{
    private readonly Services.CenterClient _center;
    private readonly IConfiguration _cfg;

    public DailySettleJob(Services.CenterClient center, IConfiguration cfg)
    {
        _center = center;
        _cfg = cfg;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var conn = new MySqlConnector.MySqlConnection(_cfg.GetConnectionString("Station"));
        var today = DateOnly.FromDateTime(DateTime.Today.AddDays(-1));
        var sales = await Dapper.SqlMapper.ExecuteScalarAsync<decimal>(conn, "select coalesce(sum(amount),0) from ticket where date(sold_at)=@d", new { d = today.ToDateTime(TimeOnly.MinValue) });
        var count = await Dapper.SqlMapper.ExecuteScalarAsync<int>(conn, "select count(*) from ticket where date(sold_at)=@d", new { d = today.ToDateTime(TimeOnly.MinValue) });
        var paid = await Dapper.SqlMapper.ExecuteScalarAsync<decimal>(conn, "select coalesce(sum(prize_amount-tax),0) from prize_claim where date(created_at)=@d", new { d = today.ToDateTime(TimeOnly.MinValue) });
        await _center.SubmitDailyAsync(today, sales, count, paid);
        OpLog.Write("system", "settle", $"{today} 销量 {sales} 票数 {count} 兑付 {paid}");
    }
}

/// <summary>会员生日祝福短信 + 赠送机选一注</summary>
public class MemberBirthdayJob : IJob
{
    private readonly IConfiguration _cfg;
    private readonly ILogger<MemberBirthdayJob> _logger;

    public MemberBirthdayJob(IConfiguration cfg, ILogger<MemberBirthdayJob> logger)
    {
        _cfg = cfg;
        _logger = logger;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var conn = new MySqlConnector.MySqlConnection(_cfg.GetConnectionString("Station"));
        var mmdd = DateTime.Today.ToString("MMdd");
        var members = await Dapper.SqlMapper.QueryAsync<Member>(conn, "select * from member where substr(id_card, 11, 4)=@mmdd", new { mmdd });
        foreach (var m in members)
        {
            _logger.LogInformation("birthday member {Name} {Mobile} id {IdCard}", m.Name, m.Mobile, m.IdCard);
        }
        _logger.LogInformation("birthday job done, {Count} members", members.Count());
    }
}

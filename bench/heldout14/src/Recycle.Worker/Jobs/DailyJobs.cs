using System.Net.Http.Json;
using System.Text;
using Coravel.Invocable;
using Dapper;
using Npgsql;
using Recycle.Worker.Infrastructure;
using Recycle.Worker.Models;

namespace Recycle.Worker.Jobs;

/// <summary>
/// 可疑卖家筛查：30 天内卖出超过 5 台的（疑似收赃），导出给风控和门店
/// </summary>
public sealed class SuspiciousSellerJob : IInvocable
{
    private readonly IConfiguration _config;
    private readonly ILogger<SuspiciousSellerJob> _logger;

    public SuspiciousSellerJob(IConfiguration config, ILogger<SuspiciousSellerJob> logger)
    {
        _config = config;
        _logger = logger;
    }

    public async Task Invoke()
    {
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        var rows = (await conn.QueryAsync<SellerSummary>(@"
select seller_name as SellerName, seller_mobile as SellerMobile, count(*) as Orders, sum(final_price) as Amount
from recycle_order
where created_at > now() - interval '30 days'
group by seller_name, seller_mobile
having count(*) > 5
order by count(*) desc")).ToList();

        _logger.LogInformation("可疑卖家 {Count} 人", rows.Count);
        foreach (var r in rows)
        {
            _logger.LogWarning("可疑卖家: {Name} {Mobile} 30天 {Orders} 台", r.SellerName, r.SellerMobile, r.Orders);
        }

        var sb = new StringBuilder("姓名,手机号,台数,金额\n");
        foreach (var r in rows) sb.AppendLine($"{r.SellerName},{r.SellerMobile},{r.Orders},{r.Amount:F2}");
        // 门店共享盘，各门店店长每天早上看
        var share = Path.Combine(_config["Share:Root"] ?? @"\\nas01\stores", "risk", $"suspicious_{DateTime.Today:yyyyMMdd}.csv");
        await File.WriteAllTextAsync(share, sb.ToString(), Encoding.UTF8);
    }
}

/// <summary>
/// 每周运营报表：按渠道、机型统计，不含个人信息
/// </summary>
public sealed class WeeklyReportJob : IInvocable
{
    private readonly IConfiguration _config;
    private readonly ILogger<WeeklyReportJob> _logger;

    public WeeklyReportJob(IConfiguration config, ILogger<WeeklyReportJob> logger)
    {
        _config = config;
        _logger = logger;
    }

    public async Task Invoke()
    {
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        var rows = await conn.QueryAsync<(string Channel, string Model, int Count, decimal Avg)>(@"
select channel, model, count(*), avg(final_price) from recycle_order
where created_at > now() - interval '7 days' group by channel, model order by 3 desc limit 50");
        foreach (var r in rows)
        {
            _logger.LogInformation("{Channel} {Model} {Count} 台 均价 {Avg:F0}", r.Channel, r.Model, r.Count, r.Avg);
        }
    }
}

/// <summary>
/// 上门回收预约提醒：给上门工程师发当天的路线
/// </summary>
public sealed class PickupRouteJob : IInvocable
{
    private readonly IConfiguration _config;
    private readonly IHttpClientFactory _http;

    public PickupRouteJob(IConfiguration config, IHttpClientFactory http)
    {
        _config = config;
        _http = http;
    }

    public async Task Invoke()
    {
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        var list = await conn.QueryAsync<RecycleOrder>(
            "select * from recycle_order where channel='上门' and status=0 and created_at::date = current_date");
        var text = string.Join("\n", list.Select(o => $"{o.OrderNo} {o.SellerName} {o.SellerMobile} {o.PickupAddress}"));
        var client = _http.CreateClient();
        // 钉钉“上门回收全员群”（200 多人）
        await client.PostAsJsonAsync("https://oapi.dingtalk.com/robot/send?access_token=3f9c1e7a5b2d4c8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f",
            new { msgtype = "text", text = new { content = "今日上门：\n" + text } });
        Console.WriteLine($"[PickupRoute] {DateTime.Now:HH:mm} 推送 {list.Count()} 单");
    }
}

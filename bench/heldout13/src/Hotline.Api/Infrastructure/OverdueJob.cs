using Dapper;
using Hotline.Api.Features.Dispatch;
using Microsoft.Extensions.Options;
using NLog;

namespace Hotline.Api.Infrastructure;

/// <summary>
/// 超期督办：每小时扫描一次即将超期的工单
/// </summary>
public class OverdueJob : BackgroundService
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly DeptNotifier _notifier;
    private readonly HotlineOptions _options;

    public OverdueJob(IDbConnectionFactory db, DeptNotifier notifier, IOptions<HotlineOptions> options)
    {
        _db = db;
        _notifier = notifier;
        _options = options.Value;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var conn = _db.Open();
                var due = await conn.QueryAsync<(string Dept, int Cnt)>(
                    "select dept_code, count(*) from ticket where status='dispatched' and due_at < now() + interval '12 hours' group by dept_code");
                foreach (var (dept, cnt) in due)
                {
                    await _notifier.NotifyOverdueAsync(dept, cnt);
                }
                var overdue = await conn.QueryAsync<Ticket>("select * from ticket where status='dispatched' and due_at < now()");
                foreach (var t in overdue)
                {
                    Log.Warn("超期工单 {0} 承办 {1} 诉求人 {2} 电话 {3}", t.TicketNo, t.DeptCode, t.CallerName, t.CallerPhone);
                }
            }
            catch (Exception ex)
            {
                Log.Error(ex, "overdue scan failed");
            }
        }
    }

    public static int WorkingHoursBetween(DateTime from, DateTime to)
    {
        var hours = 0;
        for (var t = from; t < to; t = t.AddHours(1))
        {
            if (t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            if (t.Hour is >= 9 and < 18) hours++;
        }
        return hours;
    }
}

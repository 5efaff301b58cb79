using Cowork.Gate.Infra;
using Dapper;

namespace Cowork.Gate.Workers;

/// <summary>访客信息保留 30 天后删除（个人信息最小化）</summary>
public class VisitorCleanupWorker : BackgroundService
{
    private readonly GateDb _db;
    private readonly IAppLog _log;

    public VisitorCleanupWorker(GateDb db, IAppLog log)
    {
        _db = db;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(6));
        while (await timer.WaitForNextTickAsync(ct))
        {
            using var c = _db.Open();
            var n = c.Execute("delete from visitor where expected_at < dateadd(day, -30, getdate())");
            _log.Audit("visitor", $"purged {n} visitor records");
        }
    }
}

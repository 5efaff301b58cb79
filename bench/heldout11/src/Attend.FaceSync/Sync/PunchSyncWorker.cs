using System.Text.Json;
using Attend.FaceSync.Devices;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Attend.FaceSync.Sync;

/// <summary>Every 5 minutes: pulls punches from every terminal, stores them, keeps snapshots for disputes.</summary>
public class PunchSyncWorker : BackgroundService
{
    private readonly FaceTerminalClient _terminals;
    private readonly IConfiguration _cfg;
    private readonly ILogger<PunchSyncWorker> _logger;

    public PunchSyncWorker(FaceTerminalClient terminals, IConfiguration cfg, ILogger<PunchSyncWorker> logger)
    {
        _terminals = terminals;
        _cfg = cfg;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var devices = _cfg.GetSection("Devices").Get<List<DeviceConfig>>() ?? new();
        var since = DateTime.Now.AddMinutes(-10);
        while (!ct.IsCancellationRequested)
        {
            foreach (var d in devices)
            {
                try
                {
                    var punches = await _terminals.PullPunchesAsync(d, since, ct);
                    await StoreAsync(d, punches, ct);
                }
                catch (HttpRequestException ex)
                {
                    _logger.LogWarning(ex, "device {Sn} ({Ip}) unreachable", d.Sn, d.Ip);
                }
            }
            since = DateTime.Now.AddMinutes(-1);
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
        }
    }

    private async Task StoreAsync(DeviceConfig d, IReadOnlyList<Punch> punches, CancellationToken ct)
    {
        await using var db = new SqlConnection(_cfg.GetConnectionString("Attendance"));
        foreach (var p in punches)
        {
            await db.ExecuteAsync("INSERT INTO punch(employee_no, device_sn, punched_at, similarity) VALUES (@EmployeeNo, @Sn, @Time, @Similarity)",
                new { p.EmployeeNo, d.Sn, p.Time, p.Similarity });
            if (p.Temperature is > 37.3)
                _logger.LogWarning("fever alert: {Name} ({EmployeeNo}) {Temperature}°C at {Site}", p.Name, p.EmployeeNo, p.Temperature, d.Site);
            if (p.SnapshotBase64 != null)
            {
                var dir = Path.Combine(_cfg["SnapshotShare"] ?? @"\\fs01\public\attendance\snapshots", p.Time.ToString("yyyyMMdd"));
                Directory.CreateDirectory(dir);
                await File.WriteAllBytesAsync(Path.Combine(dir, $"{p.EmployeeNo}_{p.Name}_{p.Time:HHmmss}.jpg"), Convert.FromBase64String(p.SnapshotBase64), ct);
            }
            if (p.Similarity < 0.6)
                _logger.LogInformation("low-similarity punch {Json}", JsonSerializer.Serialize(p));
        }
    }
}

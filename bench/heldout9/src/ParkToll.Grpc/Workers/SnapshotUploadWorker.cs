using ParkToll.Data;
using ParkToll.Infrastructure.Cloud;

namespace ParkToll.Workers;

/// <summary>Lane controllers queue JPEGs in an outbox table when OSS is unreachable; this drains it.</summary>
public sealed class SnapshotUploadWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<SnapshotUploadWorker> _logger;

    public SnapshotUploadWorker(IServiceScopeFactory scopes, ILogger<SnapshotUploadWorker> logger)
    {
        _scopes = scopes;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(20));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            using var scope = _scopes.CreateScope();
            var repo = scope.ServiceProvider.GetRequiredService<ParkingRepository>();
            var oss = scope.ServiceProvider.GetRequiredService<OssSnapshotStore>();
            var pending = await repo.PendingSnapshotsAsync(50);
            var uploaded = 0;
            foreach (var (id, lot, at, jpeg) in pending)
            {
                try
                {
                    var key = await oss.PutAsync(lot, at, jpeg, stoppingToken);
                    await repo.MarkSnapshotUploadedAsync(id, key);
                    uploaded++;
                }
                catch (HttpRequestException ex)
                {
                    _logger.LogWarning(ex, "Snapshot {Id} upload failed, will retry", id);
                    break;
                }
            }

            if (uploaded > 0)
            {
                _logger.LogInformation("Uploaded {Count} snapshots", uploaded);
            }
        }
    }
}

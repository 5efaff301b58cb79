using ColdChain.Telemetry.Data;

namespace ColdChain.Telemetry.Jobs;

public sealed class PurgeOldReadingsJob
{
    private readonly ShipmentRepository _shipments;
    private readonly ILogger<PurgeOldReadingsJob> _log;

    public PurgeOldReadingsJob(ShipmentRepository shipments, ILogger<PurgeOldReadingsJob> log)
    {
        _shipments = shipments;
        _log = log;
    }

    public async Task RunAsync()
    {
        // GSP requires five years of temperature records.
        var cutoff = DateTime.UtcNow.AddYears(-5);
        var n = await _shipments.PurgeReadingsBeforeAsync(cutoff, CancellationToken.None);
        _log.LogInformation("Purged {Rows} readings older than {Cutoff:yyyy-MM-dd}", n, cutoff);
    }
}

using ColdChain.Telemetry.Data;
using FastEndpoints;

namespace ColdChain.Telemetry.Telemetry;

public sealed class ReadingBatch
{
    public string DeviceId { get; set; } = "";
    public List<ReadingDto> Readings { get; set; } = new();
}

public sealed record ReadingDto(double TempC, double Humidity, double Lat, double Lon, DateTime At);

/// <summary>HTTP fallback for loggers on networks that block MQTT (some ports, some carriers).</summary>
public sealed class IngestReadingsEndpoint : Endpoint<ReadingBatch>
{
    private readonly ShipmentRepository _shipments;

    public IngestReadingsEndpoint(ShipmentRepository shipments) => _shipments = shipments;

    public override void Configure()
    {
        Post("/telemetry/batch");
        AuthSchemes("DeviceKey");
    }

    public override async Task HandleAsync(ReadingBatch req, CancellationToken ct)
    {
        foreach (var r in req.Readings.OrderBy(r => r.At))
        {
            await _shipments.SaveReadingAsync(req.DeviceId, r.TempC, r.Humidity, r.Lat, r.Lon, r.At, ct);
        }

        var span = req.Readings.Count == 0 ? TimeSpan.Zero : req.Readings.Max(r => r.At) - req.Readings.Min(r => r.At);
        Logger.LogInformation("Batch of {Count} readings from {DeviceId} covering {Span}", req.Readings.Count, req.DeviceId, span);
        await SendNoContentAsync(ct);
    }
}

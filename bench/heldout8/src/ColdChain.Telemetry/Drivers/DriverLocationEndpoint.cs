using System.Diagnostics;
using ColdChain.Telemetry.Data;
using FastEndpoints;

namespace ColdChain.Telemetry.Drivers;

public sealed class DriverLocationRequest
{
    public int DriverId { get; set; }
    public double Lat { get; set; }
    public double Lon { get; set; }
    public double SpeedKmh { get; set; }
    public DateTime At { get; set; }
}

/// <summary>The driver app reports the phone's position every minute while on duty.</summary>
public sealed class DriverLocationEndpoint : Endpoint<DriverLocationRequest>
{
    private static readonly ActivitySource Source = new("ColdChain.Drivers");

    private readonly DriverRepository _drivers;

    public DriverLocationEndpoint(DriverRepository drivers) => _drivers = drivers;

    public override void Configure()
    {
        Post("/drivers/location");
        Roles("driver");
    }

    public override async Task HandleAsync(DriverLocationRequest req, CancellationToken ct)
    {
        var driver = await _drivers.FindAsync(req.DriverId, ct);
        if (driver is null)
        {
            await SendNotFoundAsync(ct);
            return;
        }

        using var activity = Source.StartActivity("driver.location");
        activity?.SetTag("driver.id", req.DriverId);
        activity?.SetTag("driver.phone", driver.ShouJiHao);

        if (req.SpeedKmh > 100)
        {
            Logger.LogWarning("Speeding: {Name} ({Plate}) at {Lat},{Lon} doing {Speed} km/h", driver.XingMing, driver.PlateNo, req.Lat, req.Lon, req.SpeedKmh);
        }

        if (req.At < DateTime.UtcNow.AddHours(-1))
        {
            await SendAsync(new ProblemDetailsBody("stale position",
                $"position from {req.At:O} rejected for driver {driver.XingMing} {driver.ShouJiHao}"), 422, ct);
            return;
        }

        await SendNoContentAsync(ct);
    }

    private sealed record ProblemDetailsBody(string Title, string Detail);
}

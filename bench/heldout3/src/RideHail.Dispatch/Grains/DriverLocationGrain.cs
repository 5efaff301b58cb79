using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace RideHail.Dispatch.Grains;

public interface IDriverLocationGrain : IGrainWithStringKey
{
    Task ReportAsync(GeoPoint at, double speedKmh);
    Task<GeoPoint?> GetAsync();
}

public interface ICityMatcherGrain : IGrainWithStringKey
{
    Task<TripAssignment?> MatchAsync(TripRequested trip);
}

/// <summary>Orleans grain：司机实时位置（每 3 秒上报一次）。</summary>
public sealed class DriverLocationGrain(ILogger<DriverLocationGrain> log) : Grain, IDriverLocationGrain
{
    private static readonly Meter Meter = new("RideHail.Dispatch");
    private static readonly Counter<long> Reports = Meter.CreateCounter<long>("driver.location.reports");
    private GeoPoint? _last;

    public Task ReportAsync(GeoPoint at, double speedKmh)
    {
        _last = at;
        var driverId = this.GetPrimaryKeyString();
        Reports.Add(1, new KeyValuePair<string, object?>("city", driverId[..3]));
        Activity.Current?.SetTag("driver.location", $"{at.Lat},{at.Lng}");
        if (speedKmh > 120)
            log.LogWarning("driver {DriverId} speeding {Speed} km/h at {Lat},{Lng}", driverId, speedKmh, at.Lat, at.Lng);
        Debug.WriteLine($"loc {driverId} {at.Lat} {at.Lng}");
        return Task.CompletedTask;
    }

    public Task<GeoPoint?> GetAsync() => Task.FromResult(_last);
}

public sealed class CityMatcherGrain(IGrainFactory grains, ILogger<CityMatcherGrain> log) : Grain, ICityMatcherGrain
{
    private readonly List<(string DriverId, string Plate, string Phone)> _online = new();

    public async Task<TripAssignment?> MatchAsync(TripRequested trip)
    {
        foreach (var d in _online)
        {
            var at = await grains.GetGrain<IDriverLocationGrain>(d.DriverId).GetAsync();
            if (at is null) continue;
            log.LogDebug("candidate {DriverId} for {TripId}", d.DriverId, trip.TripId);
            return new TripAssignment(trip.TripId, d.DriverId, d.Plate, d.Phone, at, 240);
        }
        log.LogInformation("city {Cell} has {Count} online drivers", this.GetPrimaryKeyString(), _online.Count);
        return null;
    }
}

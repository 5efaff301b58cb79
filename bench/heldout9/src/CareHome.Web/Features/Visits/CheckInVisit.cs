using CareHome.Data;
using CareHome.Hubs;
using CareHome.Logging;
using Mediator;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Features.Visits;

/// <summary>Home-care visits: the caregiver's phone checks in at the elder's home (geofenced to 200 m).</summary>
public sealed record CheckInVisit(long VisitId, int CaregiverId, double Lat, double Lng) : ICommand<CheckInResult>;

public sealed record CheckInResult(bool Ok, string Message);

public sealed class CheckInVisitHandler : ICommandHandler<CheckInVisit, CheckInResult>
{
    private const double GeofenceMeters = 200;

    private readonly CareDbContext _db;
    private readonly IHubContext<FamilyHub> _familyHub;
    private readonly IHubContext<CareFloorHub> _floorHub;
    private readonly ILogger<CheckInVisitHandler> _logger;

    public CheckInVisitHandler(CareDbContext db, IHubContext<FamilyHub> familyHub, IHubContext<CareFloorHub> floorHub, ILogger<CheckInVisitHandler> logger)
    {
        _db = db;
        _familyHub = familyHub;
        _floorHub = floorHub;
        _logger = logger;
    }

    public async ValueTask<CheckInResult> Handle(CheckInVisit cmd, CancellationToken ct)
    {
        var visit = await _db.Visits.FirstOrDefaultAsync(v => v.Id == cmd.VisitId && v.CaregiverId == cmd.CaregiverId, ct);
        if (visit is null)
        {
            return new CheckInResult(false, "未找到该上门服务单");
        }

        var resident = await _db.Residents.AsNoTracking().FirstAsync(r => r.Id == visit.ResidentId, ct);
        var home = Geocode.Lookup(resident.HomeAddress);
        if (home is { } h && Geo.DistanceMeters(h.Lat, h.Lng, cmd.Lat, cmd.Lng) > GeofenceMeters)
        {
            _logger.LogWarning("Check-in outside geofence for visit {VisitId}: caregiver at {Lat},{Lng}, home {Address}", visit.Id, cmd.Lat, cmd.Lng, resident.HomeAddress);
            return new CheckInResult(false, "不在服务地址范围内");
        }

        visit.CheckedInAt = DateTime.Now;
        visit.CheckInLat = cmd.Lat;
        visit.CheckInLng = cmd.Lng;
        await _db.SaveChangesAsync(ct);

        _logger.VisitCheckedIn(visit.Id, Math.Round(cmd.Lat, 2), Math.Round(cmd.Lng, 2));
        await _familyHub.Clients.Group($"resident-{resident.Id}").SendAsync("visitStarted", new { visit.Id, visit.CheckedInAt }, ct);
        await _floorHub.Clients.All.SendAsync("visitStarted", new { visit.Id, resident.Name, resident.HomeAddress, resident.Phone }, ct);
        return new CheckInResult(true, "已签到");
    }
}

internal static class Geo
{
    public static double DistanceMeters(double lat1, double lng1, double lat2, double lng2)
    {
        const double R = 6371000;
        var dLat = ToRad(lat2 - lat1);
        var dLng = ToRad(lng2 - lng1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(ToRad(lat1)) * Math.Cos(ToRad(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRad(double deg) => deg * Math.PI / 180;
}

internal static class Geocode
{
    // Filled by the nightly geocoding job; addresses that failed to geocode are skipped by the geofence.
    private static readonly Dictionary<string, (double Lat, double Lng)> Cache = new();

    public static (double Lat, double Lng)? Lookup(string address) =>
        Cache.TryGetValue(address, out var p) ? p : null;
}

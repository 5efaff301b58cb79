using Dapper;
using DriveNow.Rental.Data;

namespace DriveNow.Rental.Services;

/// <summary>Which vehicle classes can still be booked at a store for a period (overbooking allowed per class).</summary>
public sealed class AvailabilityService(DbConnectionFactory db)
{
    private static readonly Dictionary<string, double> OverbookingRatio = new()
    {
        ["Economy"] = 1.10,
        ["SUV"] = 1.05,
        ["MPV"] = 1.00,
        ["EV"] = 1.08,
    };

    public async Task<IReadOnlyList<ClassAvailability>> QueryAsync(string store, DateTime from, DateTime to)
    {
        if (to <= from) throw new ArgumentException("return must be after pickup");
        using var conn = db.Open();
        var fleet = (await conn.QueryAsync<(string VehicleClass, int Count)>(
            "select vehicle_class, count(*) from vehicle where store_code=@store and active=1 group by vehicle_class", new { store })).ToList();
        var booked = (await conn.QueryAsync<(string VehicleClass, int Count)>(
            "select vehicle_class, count(*) from booking where pickup_store=@store and status in ('Reserved','PickedUp') and pickup_at < @to and return_at > @from group by vehicle_class",
            new { store, from, to })).ToDictionary(x => x.VehicleClass, x => x.Count);

        var result = new List<ClassAvailability>();
        foreach (var (cls, count) in fleet)
        {
            var cap = (int)Math.Floor(count * OverbookingRatio.GetValueOrDefault(cls, 1.0));
            var used = booked.GetValueOrDefault(cls);
            result.Add(new ClassAvailability(cls, count, Math.Max(0, cap - used), PeakFactor(from)));
        }
        return result;
    }

    public static double PeakFactor(DateTime pickup)
    {
        // National holidays and summer weekends are priced up.
        if (pickup.Month is 10 && pickup.Day <= 7) return 1.6;
        if (pickup.Month is 5 && pickup.Day <= 5) return 1.4;
        if (pickup.Month is 7 or 8 && pickup.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday) return 1.2;
        return 1.0;
    }

    public static decimal OneWayFee(string fromStore, string toStore, double km)
    {
        if (fromStore == toStore) return 0m;
        var basis = km switch
        {
            < 50 => 80m,
            < 200 => 200m,
            < 500 => 450m,
            _ => 800m,
        };
        return fromStore[..2] == toStore[..2] ? basis * 0.5m : basis;
    }
}

public sealed record ClassAvailability(string VehicleClass, int Fleet, int Available, double PeakFactor);

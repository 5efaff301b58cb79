namespace ColdChain.Telemetry.Telemetry;

/// <summary>Aggregates shown on the dispatcher dashboard.</summary>
public static class TelemetryStats
{
    public sealed record DeviceHealth(string DeviceId, DateTime LastSeen, double BatteryPct, int MissedIntervals);

    public static IEnumerable<DeviceHealth> Stale(IEnumerable<DeviceHealth> devices, DateTime now, TimeSpan maxSilence) =>
        devices.Where(d => now - d.LastSeen > maxSilence).OrderBy(d => d.LastSeen);

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.OrderBy(v => v).ToArray();
        var rank = p / 100.0 * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    public static int MissedIntervals(IReadOnlyList<DateTime> timestamps, TimeSpan interval)
    {
        var missed = 0;
        for (var i = 1; i < timestamps.Count; i++)
        {
            var gap = timestamps[i] - timestamps[i - 1];
            if (gap > interval * 1.5)
            {
                missed += (int)Math.Round(gap / interval) - 1;
            }
        }

        return missed;
    }

    public static double BatteryDaysLeft(double batteryPct, double pctPerDay) =>
        pctPerDay <= 0 ? double.PositiveInfinity : Math.Round(batteryPct / pctPerDay, 1);

    /// <summary>Haversine distance in km, for the route deviation check.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Sqrt(a));
    }

    public static bool OffRoute(IReadOnlyList<(double Lat, double Lon)> route, double lat, double lon, double toleranceKm) =>
        route.Count > 0 && route.Min(p => DistanceKm(p.Lat, p.Lon, lat, lon)) > toleranceKm;

    public static IReadOnlyDictionary<string, int> ExcursionsByDepot(IEnumerable<(string Depot, bool Excursion)> shipments) =>
        shipments.Where(s => s.Excursion).GroupBy(s => s.Depot).ToDictionary(g => g.Key, g => g.Count());
}

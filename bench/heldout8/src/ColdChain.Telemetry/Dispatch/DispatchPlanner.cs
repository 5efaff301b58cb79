using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Telemetry;

namespace ColdChain.Telemetry.Dispatch;

public sealed record Trailer(string PlateNo, string Depot, double CapacityPallets, bool MultiTemp, double SetpointC, double Lat, double Lon);

public sealed record Order(string WaybillNo, string Depot, double Pallets, ExcursionRules.ProductClass Class, DateTime ReadyAt, DateTime DueBy, double DestLat, double DestLon);

public sealed record Assignment(string WaybillNo, string PlateNo, int DriverId, DateTime DepartAt, double EtaHours);

/// <summary>
/// Greedy planner used by the dispatchers each morning: fills trailers of the right temperature
/// class, nearest first, and picks a driver with hours left under the driving-time rules.
/// </summary>
public sealed class DispatchPlanner
{
    private const double AverageSpeedKmh = 62;
    private const double MaxDrivingHoursPerDay = 8;

    private readonly ILogger<DispatchPlanner> _log;

    public DispatchPlanner(ILogger<DispatchPlanner> log) => _log = log;

    public IReadOnlyList<Assignment> Plan(
        IReadOnlyList<Order> orders,
        IReadOnlyList<Trailer> trailers,
        IReadOnlyList<Driver> drivers,
        IReadOnlyDictionary<int, double> hoursDrivenToday)
    {
        var result = new List<Assignment>();
        var load = trailers.ToDictionary(t => t.PlateNo, _ => 0.0);
        var hours = drivers.ToDictionary(d => d.Id, d => hoursDrivenToday.GetValueOrDefault(d.Id));
        var driverByPlate = drivers.Where(d => d.Active).GroupBy(d => d.PlateNo).ToDictionary(g => g.Key, g => g.First());

        foreach (var order in orders.OrderBy(o => o.DueBy).ThenByDescending(o => o.Pallets))
        {
            var (min, max) = ExcursionRules.Band(order.Class);
            var candidates = trailers
                .Where(t => t.Depot == order.Depot)
                .Where(t => t.MultiTemp || (t.SetpointC >= min && t.SetpointC <= max))
                .Where(t => load[t.PlateNo] + order.Pallets <= t.CapacityPallets)
                .OrderBy(t => TelemetryStats.DistanceKm(t.Lat, t.Lon, order.DestLat, order.DestLon))
                .ToList();

            Assignment? chosen = null;
            foreach (var t in candidates)
            {
                if (!driverByPlate.TryGetValue(t.PlateNo, out var driver))
                {
                    continue;
                }

                var km = TelemetryStats.DistanceKm(t.Lat, t.Lon, order.DestLat, order.DestLon) * 1.3;
                var eta = km / AverageSpeedKmh;
                if (hours[driver.Id] + eta > MaxDrivingHoursPerDay)
                {
                    continue;
                }

                var depart = order.ReadyAt;
                if (depart.AddHours(eta) > order.DueBy)
                {
                    continue;
                }

                chosen = new Assignment(order.WaybillNo, t.PlateNo, driver.Id, depart, Math.Round(eta, 2));
                load[t.PlateNo] += order.Pallets;
                hours[driver.Id] += eta;
                _log.LogInformation("Assigned {Waybill} to {Driver}", order.WaybillNo, driver);
                break;
            }

            if (chosen is null)
            {
                _log.LogWarning("No trailer for {Waybill} ({Pallets} pallets, {Class}) at {Depot}", order.WaybillNo, order.Pallets, order.Class, order.Depot);
                continue;
            }

            result.Add(chosen);
        }

        return result;
    }

    public static double FillRate(IEnumerable<Assignment> assignments, IReadOnlyList<Trailer> trailers, IReadOnlyList<Order> orders)
    {
        var pallets = orders.ToDictionary(o => o.WaybillNo, o => o.Pallets);
        var used = assignments.GroupBy(a => a.PlateNo).ToDictionary(g => g.Key, g => g.Sum(a => pallets[a.WaybillNo]));
        var capacity = trailers.Where(t => used.ContainsKey(t.PlateNo)).Sum(t => t.CapacityPallets);
        return capacity == 0 ? 0 : Math.Round(used.Values.Sum() / capacity, 3);
    }

    public static IEnumerable<Order> Late(IEnumerable<Order> orders, IEnumerable<Assignment> assignments)
    {
        var assigned = assignments.Select(a => a.WaybillNo).ToHashSet();
        return orders.Where(o => !assigned.Contains(o.WaybillNo));
    }
}

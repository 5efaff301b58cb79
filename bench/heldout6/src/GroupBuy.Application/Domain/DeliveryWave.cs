namespace GroupBuy.Domain;

/// <summary>仓库分拣波次：按线路把自提点分组，每车最多 n 个点。</summary>
public static class DeliveryWave
{
    public record Stop(long PickupPointId, string District, int Parcels);
    public record Truck(int No, string District, List<Stop> Stops)
    {
        public int Parcels => Stops.Sum(s => s.Parcels);
    }

    public static List<Truck> Plan(IEnumerable<Stop> stops, int maxStops = 18, int maxParcels = 600)
    {
        var trucks = new List<Truck>();
        var no = 1;
        foreach (var group in stops.GroupBy(s => s.District).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var current = new Truck(no++, group.Key, new List<Stop>());
            foreach (var stop in group.OrderByDescending(s => s.Parcels))
            {
                if (current.Stops.Count >= maxStops || current.Parcels + stop.Parcels > maxParcels)
                {
                    trucks.Add(current);
                    current = new Truck(no++, group.Key, new List<Stop>());
                }
                current.Stops.Add(stop);
            }
            if (current.Stops.Count > 0) trucks.Add(current);
        }
        return trucks;
    }
}

namespace GroupBuy.Domain;

/// <summary>自提点（通常是团长的便利店或小区门岗）。</summary>
public class PickupPoint
{
    public long Id { get; set; }
    public string Code { get; set; }
    public string ShopName { get; set; }
    public string Community { get; set; }
    public string District { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public TimeOnly OpenFrom { get; set; } = new(8, 0);
    public TimeOnly OpenUntil { get; set; } = new(21, 0);
    public long LeaderId { get; set; }
    public int ShelfSlots { get; set; } = 120;

    public bool IsOpen(TimeOnly t) => t >= OpenFrom && t <= OpenUntil;

    public double DistanceKm(double lat, double lng)
    {
        const double R = 6371.0;
        var dLat = ToRad(lat - Latitude);
        var dLng = ToRad(lng - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(ToRad(Latitude)) * Math.Cos(ToRad(lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return R * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    private static double ToRad(double deg) => deg * Math.PI / 180.0;
}

namespace Rider.Dispatch.Models;

public sealed class RiderProfile
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string BankCardNo { get; set; } = "";
    public string? HealthCertNo { get; set; }
    public DateOnly? HealthCertExpires { get; set; }
    public string Station { get; set; } = "";
    public string VehicleType { get; set; } = "E-Bike";
    public double Rating { get; set; }
    public bool Online { get; set; }
}

public sealed record DeliveryOrder(
    long OrderId,
    string ShopName,
    string ShopAddress,
    string CustomerName,
    string CustomerPhone,
    string DropoffAddress,
    double Lat,
    double Lng,
    decimal Fee,
    DateTime PromisedAt);

public sealed record OrderCard(long OrderId, string ShopName, string Area, string MaskedPhone, decimal Fee, DateTime PromisedAt);

public sealed record AssignOrder(DeliveryOrder Order);
public sealed record RiderLocation(int RiderId, double Lat, double Lng, DateTime At);
public sealed record OrderAssigned(long OrderId, int RiderId);
public sealed record OrderDelivered(long OrderId, int RiderId, DateTime At, string? PhotoUrl);
public sealed record CustomerUnreachable(long OrderId, int RiderId, string CustomerPhone, string Note);

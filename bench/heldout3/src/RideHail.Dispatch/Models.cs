namespace RideHail.Dispatch;

public sealed class Driver
{
    public string DriverId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string LicenceNo { get; set; } = "";     // 驾驶证号（= 身份证号）
    public string PlateNo { get; set; } = "";        // 车牌
    public string? BankCardNo { get; set; }
    public string City { get; set; } = "";
    public DateOnly LicenceExpiresOn { get; set; }
    public string Status { get; set; } = "pending";

    public override string ToString() => $"{DriverId}/{City}/{Status}";
}

public sealed record GeoPoint(double Lat, double Lng);

public sealed record TripRequested(string TripId, string PassengerId, string PassengerPhone, string PassengerName, GeoPoint Pickup, GeoPoint Dropoff, string PickupAddress, DateTimeOffset RequestedAt);

public sealed record DriverDocumentsSubmitted(string DriverId, string Name, string IdCardNo, string LicenceNo, string PlateNo, string Phone, string? BankCardNo);

public sealed record TripAssignment(string TripId, string DriverId, string PlateNo, string DriverPhone, GeoPoint DriverAt, int EtaSeconds);

namespace DriveNow.Rental.Models;

public sealed class Customer
{
    public long Id { get; set; }
    public string RealName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string DriverLicenseNo { get; set; } = "";
    public DateTime LicenseIssuedOn { get; set; }
    public string? Email { get; set; }
    public string? HomeAddress { get; set; }
    public string? EmergencyContactMobile { get; set; }
    public string PasswordHash { get; set; } = "";
    public int CreditScore { get; set; }
    public bool Blacklisted { get; set; }

    public override string ToString() => $"Customer#{Id} {RealName} {Mobile} licence={DriverLicenseNo}";
}

public sealed record CustomerBrief(long Id, string MaskedName, string MaskedMobile, int CreditScore);

public sealed class Booking
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long VehicleId { get; set; }
    public string PickupStore { get; set; } = "";
    public DateTime PickupAt { get; set; }
    public DateTime ReturnAt { get; set; }
    public decimal DailyRate { get; set; }
    public decimal Deposit { get; set; }
    public string Status { get; set; } = "Reserved";
    public string? DepositCardNo { get; set; }
}

public sealed class Vehicle
{
    public long Id { get; set; }
    public string PlateNo { get; set; } = "";
    public string Model { get; set; } = "";
    public string Vin { get; set; } = "";
    public int Mileage { get; set; }
    public string StoreCode { get; set; } = "";
}


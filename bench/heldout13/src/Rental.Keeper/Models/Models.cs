namespace Rental.Keeper.Models;

public class Tenant
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string? IdCardAddress { get; set; }
    public string? EmergencyContact { get; set; }
    public string? EmergencyMobile { get; set; }
    public string? Employer { get; set; }
    public string? PhotoPath { get; set; }
}

public class Room
{
    public long Id { get; set; }
    public string Building { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public decimal MonthlyRent { get; set; }
    public string LockId { get; set; } = "";
    public string Status { get; set; } = "vacant";
}

public class Lease
{
    public long Id { get; set; }
    public long TenantId { get; set; }
    public long RoomId { get; set; }
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public decimal Rent { get; set; }
    public decimal Deposit { get; set; }
    public string PayCycle { get; set; } = "押一付三";
    public bool RentLoan { get; set; }
}

public record IdCardReadResult(string Name, string Gender, string Nation, string Birth, string Address, string IdNo, byte[] Photo);

public record MeterReading(string RoomNo, decimal ElectricKwh, decimal WaterTon, DateTime ReadAt);

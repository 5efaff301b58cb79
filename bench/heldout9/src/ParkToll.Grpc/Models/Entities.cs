namespace ParkToll.Models;

public sealed class ParkingSession
{
    public long Id { get; set; }
    public string SessionNo { get; set; } = "";
    public string LotCode { get; set; } = "";
    public string PlateNo { get; set; } = "";
    public int PlateColor { get; set; }
    public DateTime EnteredAt { get; set; }
    public DateTime? ExitedAt { get; set; }
    public long FeeCents { get; set; }
    public string Status { get; set; } = "open";
    public string? EntrySnapshotKey { get; set; }
    public string? ExitSnapshotKey { get; set; }
    public long? EtcAccountId { get; set; }
}

public sealed class EtcAccount
{
    public long Id { get; set; }
    public string AccountNo { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string PlateNo { get; set; } = "";
    public string ObuSerial { get; set; } = "";
    public string BankCardCipher { get; set; } = "";
    public string BankCardLast4 { get; set; } = "";
    public string Address { get; set; } = "";
    public string Status { get; set; } = "active";
    public DateTime CreatedAt { get; set; }

    public override string ToString() =>
        $"EtcAccount#{Id} {AccountNo} owner={OwnerName} id={IdCardNo} mobile={Mobile} plate={PlateNo}";
}

public sealed class Operator
{
    public int Id { get; set; }
    public string LoginName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Salt { get; set; } = "";
    public string Role { get; set; } = "booth";
    public int FailedAttempts { get; set; }
    public DateTime? LockedUntil { get; set; }
}

public sealed class MonthlyPass
{
    public long Id { get; set; }
    public string LotCode { get; set; } = "";
    public string PlateNo { get; set; } = "";
    public string HolderName { get; set; } = "";
    public string HolderMobile { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public long PriceCents { get; set; }
}

public sealed record DeductionRecord(
    long SessionId,
    string AccountNo,
    string OwnerName,
    string IdCardNo,
    string BankCardNo,
    long AmountCents,
    DateTime DeductedAt,
    string Result);

public sealed record BlacklistEntry(string PlateNo, string Reason, DateTime ListedAt);

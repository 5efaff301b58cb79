namespace Locker.Gateway.Domain;

public sealed record DropOffRequest(
    string LockerId,
    string CabinetSize,
    string TrackingNo,
    string RecipientPhone,
    string? RecipientName,
    string CourierCode);

public sealed record DropOffResult(string TrackingNo, string LockerId, int DoorNo, string PickupCode, DateTime ExpireAt);

public sealed record PickupRequest(string LockerId, string PickupCode);

public sealed class Parcel
{
    public long Id { get; set; }
    public string TrackingNo { get; set; } = "";
    public string LockerId { get; set; } = "";
    public int DoorNo { get; set; }
    public string CabinetSize { get; set; } = "M";
    public string RecipientPhone { get; set; } = "";
    public string? RecipientName { get; set; }
    public string PickupCode { get; set; } = "";
    public string CourierCode { get; set; } = "";
    public string CourierPhone { get; set; } = "";
    public int Status { get; set; }
    public DateTime DroppedAt { get; set; }
    public DateTime? PickedAt { get; set; }

    public override string ToString() => $"Parcel {TrackingNo} @{LockerId}#{DoorNo} status={Status}";
}

public sealed class LockerSite
{
    public string LockerId { get; set; } = "";
    public string Community { get; set; } = "";
    public string Address { get; set; } = "";
    public int SmallDoors { get; set; }
    public int MediumDoors { get; set; }
    public int LargeDoors { get; set; }
    public string PropertyContact { get; set; } = "";
    public string PropertyPhone { get; set; } = "";
}

/// <summary>滞留费：24 小时内免费，之后每 12 小时 0.5 元，封顶 3 元</summary>
public static class OverdueFee
{
    public static decimal Calc(DateTime droppedAt, DateTime now)
    {
        var hours = (now - droppedAt).TotalHours;
        if (hours <= 24) return 0m;
        var blocks = (int)Math.Ceiling((hours - 24) / 12);
        return Math.Min(3m, blocks * 0.5m);
    }
}

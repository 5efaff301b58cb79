namespace Hotel.Booking.Domain;

/// <summary>入住登记的客人。证件信息按公安要求上传，酒店本地库中加密存储。</summary>
public class Guest
{
    public long Id { get; set; }
    public string FullName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? Email { get; set; }
    public string Nationality { get; set; } = "CHN";
    public IdentityDocument Document { get; set; } = new();
    public Address? HomeAddress { get; set; }
    public DateTime CreatedAt { get; set; }

    public override string ToString() => $"Guest#{Id} {FullName} {Mobile} {Document.Number}";
}

/// <summary>EF Core owned type: 证件类型 + 号码 + 有效期。</summary>
public class IdentityDocument
{
    public DocumentType Type { get; set; } = DocumentType.IdCard;
    public string Number { get; set; } = "";
    public DateOnly? ExpiresOn { get; set; }
    public string? IssuingCountry { get; set; }
}

public class Address
{
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string Street { get; set; } = "";
}

public enum DocumentType { IdCard = 11, Passport = 14, HkMacauPermit = 16, TaiwanPermit = 25 }

public class Reservation
{
    public long Id { get; set; }
    public string ConfirmationNo { get; set; } = "";
    public long GuestId { get; set; }
    public Guest? Guest { get; set; }
    public string RoomType { get; set; } = "";
    public DateOnly CheckIn { get; set; }
    public DateOnly CheckOut { get; set; }
    public decimal Amount { get; set; }
    public string Channel { get; set; } = "direct";
    public string? OtaOrderId { get; set; }
}

public class StaffUser
{
    public int Id { get; set; }
    public string LoginName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? Salt { get; set; }
    public int HashVersion { get; set; }
}

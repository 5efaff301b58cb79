namespace RxPharmacy.Api.Domain;

public sealed class Patient
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string IdCardNumber { get; set; } = "";
    public string Mobile { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string Gender { get; set; } = "";
    public string Address { get; set; } = "";
    public string? Allergies { get; set; }
    public string? InsuranceCardNo { get; set; }
    public string PasswordHash { get; set; } = "";
    public string PasswordSalt { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Delivery address for a shipped order.</summary>
public sealed class ShippingAddress
{
    public string Receiver { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string Detail { get; set; } = "";
}

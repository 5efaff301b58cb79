namespace FitClub.Api.Members;

public enum MembershipTier
{
    Basic,
    Gold,
    Platinum,
    Corporate,
}

/// <summary>A club member (会员).</summary>
public sealed class Member
{
    public Guid Id { get; set; }
    public string MemberNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? IdNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Email { get; set; }
    public MembershipTier Tier { get; set; }
    public string HomeClub { get; set; } = "";
    public DateOnly ValidUntil { get; set; }
    public HealthQuestionnaire? Health { get; set; }
    public List<BodyMeasurement> Measurements { get; set; } = new();
    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }
}

/// <summary>PAR-Q answers collected at sign-up; trainers see the flags, not the free text.</summary>
public sealed class HealthQuestionnaire
{
    public bool HeartCondition { get; set; }
    public bool ChestPain { get; set; }
    public bool Pregnant { get; set; }
    public string? Medications { get; set; }
    public string? Notes { get; set; }
}

public sealed record BodyMeasurement(DateOnly Date, double WeightKg, double BodyFatPct, double WaistCm, int RestingHr);

public sealed record MemberSummary(Guid Id, string MemberNo, string DisplayName, string MobileMasked, MembershipTier Tier, DateOnly ValidUntil);

public static class MemberMapping
{
    public static MemberSummary ToSummary(this Member m) => new(
        m.Id,
        m.MemberNo,
        m.Name.Length > 1 ? m.Name[..1] + new string('*', m.Name.Length - 1) : m.Name,
        m.Mobile.Length == 11 ? $"{m.Mobile[..3]}****{m.Mobile[7..]}" : "***",
        m.Tier,
        m.ValidUntil);

    public static double Bmi(this BodyMeasurement b, double heightCm) => b.WeightKg / Math.Pow(heightCm / 100, 2);
}

namespace Sky.Loyalty.Grains;

public enum Tier { Blue = 0, Silver = 1, Gold = 2, Platinum = 3 }

[GenerateSerializer, Immutable]
public sealed record MemberProfile(
    [property: Id(0)] string MemberNo,
    [property: Id(1)] string NameEn,
    [property: Id(2)] string NameCn,
    [property: Id(3)] string Mobile,
    [property: Id(4)] string Email,
    [property: Id(5)] DateOnly BirthDate,
    [property: Id(6)] string PassportNo,
    [property: Id(7)] string? IdCardNo,
    [property: Id(8)] string? MealPreference,
    [property: Id(9)] string? MedicalNote);

[GenerateSerializer]
public sealed class MemberState
{
    [Id(0)] public MemberProfile? Profile { get; set; }
    [Id(1)] public Tier Tier { get; set; }
    [Id(2)] public string? PinHash { get; set; }
    [Id(3)] public int FailedPins { get; set; }
    [Id(4)] public List<string> FamilyMembers { get; set; } = new();
    [Id(5)] public DateTime EnrolledAt { get; set; }
}

[GenerateSerializer]
public sealed class MilesState
{
    [Id(0)] public long Balance { get; set; }
    [Id(1)] public long TierMiles { get; set; }
    [Id(2)] public int TierSegments { get; set; }
    [Id(3)] public List<MilesEntry> Ledger { get; set; } = new();
}

[GenerateSerializer, Immutable]
public sealed record MilesEntry([property: Id(0)] DateTime At, [property: Id(1)] long Delta, [property: Id(2)] string Source, [property: Id(3)] string Reference);

[GenerateSerializer, Immutable]
public sealed record FlightActivity(
    [property: Id(0)] string Pnr,
    [property: Id(1)] string FlightNo,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] string Origin,
    [property: Id(4)] string Destination,
    [property: Id(5)] char BookingClass,
    [property: Id(6)] int DistanceKm);

public interface IMemberGrain : IGrainWithStringKey
{
    Task Enrol(MemberProfile profile, string pin);
    Task<MemberProfile?> GetProfile();
    Task<bool> CheckPin(string pin);
    Task ResetPin(string newPin);
    Task<Tier> GetTier();
    Task AddFamilyMember(string memberNo);
}

public interface IMilesAccountGrain : IGrainWithStringKey
{
    Task<long> Accrue(FlightActivity flight, Tier tier);
    Task<long> AccruePartner(string partner, long miles, string reference);
    Task<bool> Redeem(long miles, string reference);
    Task<long> GetBalance();
}

namespace GameAccount.Grpc.Domain;

public enum RealNameStatus { NotSubmitted = 0, Verifying = 1, Passed = 2, Failed = 3 }

/// <summary>A player's account. The ID number is needed only for the anti-addiction check.</summary>
public class PlayerAccount
{
    public long Id { get; set; }
    public string Mobile { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? RealName { get; set; }
    public string? IdCardNo { get; set; }
    /// <summary>The national system's player identifier (PI), returned after a passed check.</summary>
    public string? Pi { get; set; }
    public RealNameStatus RealNameStatus { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string Channel { get; set; } = "official";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public bool IsMinor(DateOnly today) =>
        BirthDate is { } b && b.AddYears(18) > today;
}

public sealed record PlaySession(long AccountId, string SessionId, DateTime StartedAt, DateTime? EndedAt, string DeviceId)
{
    public TimeSpan Duration(DateTime now) => (EndedAt ?? now) - StartedAt;
}

public sealed record GameServer(int Id, string Name, string Region, int Capacity, bool Open);

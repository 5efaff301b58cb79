namespace ClaimsDesk.Worker.Domain;

public enum ClaimStatus
{
    Reported,
    SurveyorAssigned,
    Surveyed,
    Assessed,
    Approved,
    Rejected,
    PaidOut,
    Closed,
}

public enum LossType
{
    Collision,
    Theft,
    Glass,
    Flood,
    Fire,
    ThirdPartyInjury,
}

public sealed class Claim
{
    public long Id { get; set; }
    public string ClaimNo { get; set; } = "";
    public string PolicyNo { get; set; } = "";
    public string PlateNumber { get; set; } = "";
    public string Vin { get; set; } = "";
    public LossType LossType { get; set; }
    public DateTimeOffset LossTime { get; set; }
    public string LossLocation { get; set; } = "";
    public decimal EstimatedLoss { get; set; }
    public decimal AssessedLoss { get; set; }
    public decimal Payout { get; set; }
    public ClaimStatus Status { get; set; }
    public long? SurveyorId { get; set; }
    public int FraudScore { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Policyholder Holder { get; set; } = new();

    public bool IsStale(DateTimeOffset now) =>
        Status is ClaimStatus.Reported or ClaimStatus.SurveyorAssigned && now - UpdatedAt > TimeSpan.FromDays(5);
}

public sealed class Policyholder
{
    public string Name { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public string Phone { get; set; } = "";
    public string BankAccount { get; set; } = "";
    public string BankName { get; set; } = "";
    public string Email { get; set; } = "";
}

public sealed class Surveyor
{
    public long Id { get; set; }
    public string EmployeeNo { get; set; } = "";
    public string Region { get; set; } = "";
    public int OpenCases { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

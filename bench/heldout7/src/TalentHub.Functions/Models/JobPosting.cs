namespace TalentHub.Models;

public sealed class JobPosting
{
    public string Id { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Department { get; set; } = "";
    public string City { get; set; } = "";
    public decimal SalaryMin { get; set; }
    public decimal SalaryMax { get; set; }
    public int Headcount { get; set; }
    public List<string> RequiredSkills { get; set; } = new();
    public List<string> NiceToHaveSkills { get; set; } = new();
    public int MinYears { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public DateTime? ClosesAtUtc { get; set; }
    public string HiringManagerId { get; set; } = "";
    public bool IsRemote { get; set; }

    public bool IsOpen(DateTime nowUtc) => ClosesAtUtc is null || ClosesAtUtc > nowUtc;
}

public sealed class Interview
{
    public string Id { get; set; } = "";
    public string CandidateId { get; set; } = "";
    public string JobId { get; set; } = "";
    public string InterviewerId { get; set; } = "";
    public DateTime StartsAtUtc { get; set; }
    public int DurationMinutes { get; set; } = 45;
    public string Room { get; set; } = "";
    public string? MeetingUrl { get; set; }
    public bool ReminderSent { get; set; }
}

public sealed class Tenant
{
    public string Id { get; set; } = "";
    public string CompanyName { get; set; } = "";
    public string Plan { get; set; } = "starter";
    public string SupportEmail { get; set; } = "";
    public int SeatLimit { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookSigningSecretRef { get; set; }
}

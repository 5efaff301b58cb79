using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

public sealed record MorningCheck(int StudentId, decimal Temperature, bool Cough, string? Note, DateTime At);

/// <summary>Morning health check (晨检) by the class teacher and the school clinic's follow-up.</summary>
public sealed class HealthCheckInService
{
    private readonly StudentService _students;
    private readonly ILogger<HealthCheckInService> _logger;

    public HealthCheckInService(StudentService students, ILogger<HealthCheckInService> logger)
    {
        _students = students;
        _logger = logger;
    }

    public bool NeedsClinic(MorningCheck c) => c.Temperature >= 37.3m || c.Cough;

    public void Submit(MorningCheck c)
    {
        if (!NeedsClinic(c))
            return;
        var s = _students.Find(c.StudentId)!;
        _logger.LogWarning("Clinic referral: {Name}, {Temp}°C, allergies: {Allergies}, notes: {Notes}", s.Name, c.Temperature, s.Allergies, s.MedicalNotes);
        _logger.LogInformation("Clinic referral for student {StudentId} at {At}", c.StudentId, c.At);
    }

    public static decimal ClassFeverRate(IEnumerable<MorningCheck> checks)
    {
        var list = checks.ToList();
        return list.Count == 0 ? 0 : Math.Round((decimal)list.Count(c => c.Temperature >= 37.3m) / list.Count, 3);
    }

    /// <summary>Outbreak rule from the district CDC: 5 or more fever cases in one class within 3 days.</summary>
    public static bool OutbreakSuspected(IEnumerable<MorningCheck> checks, DateTime now) =>
        checks.Where(c => c.At > now.AddDays(-3) && c.Temperature >= 37.3m).Select(c => c.StudentId).Distinct().Count() >= 5;
}

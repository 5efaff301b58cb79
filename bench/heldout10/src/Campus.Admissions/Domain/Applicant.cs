using System.Diagnostics;

namespace Campus.Admissions.Domain;

public sealed class Applicant
{
    public long Id { get; set; }
    public string ExamNo { get; set; } = "";          // 高考考生号
    public string Name { get; set; } = "";
    public string NamePinyin { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Gender { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string Province { get; set; } = "";
    public int GaokaoScore { get; set; }
    public string? Ethnicity { get; set; }
    public string Mobile { get; set; } = "";
    public string ParentMobile { get; set; } = "";
    public string MailingAddress { get; set; } = "";
    public string? Email { get; set; }
    public string? DisabilityNote { get; set; }
    public string Major { get; set; } = "";
    public string Status { get; set; } = "Submitted";
}

public sealed record ApplicantSummary(long Id, string ExamNo, string Province, int GaokaoScore, string Major, string Status);

public sealed class Reader
{
    public string CardNo { get; set; } = "";    // 借书证号 = 学号
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string PinHash { get; set; } = "";
    public string? Mobile { get; set; }
    public int Borrowed { get; set; }
    public decimal FineOwed { get; set; }
}

public static class Telemetry
{
    public static readonly ActivitySource Source = new("Campus.Admissions");
}

namespace CreditLoan.Web.Models;

/// <summary>A consumer-loan application (贷款申请). Persisted in the loan database.</summary>
public class LoanApplication
{
    public long Id { get; set; }
    public string ApplicationNo { get; set; } = "";
    public string ApplicantName { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string BankCardNo { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string Employer { get; set; } = "";
    public decimal MonthlyIncome { get; set; }
    public decimal Amount { get; set; }
    public int TermMonths { get; set; }
    public int ProductId { get; set; }
    public ApplicationStatus Status { get; set; }
    public int? CreditScore { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public override string ToString() =>
        $"{ApplicationNo} {ApplicantName} {IdCardNo} {Mobile} amount={Amount}";
}

public class Borrower
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string EmergencyContactName { get; set; } = "";
    public string EmergencyContactMobile { get; set; } = "";
    public decimal OverdueAmount { get; set; }
    public int DaysOverdue { get; set; }
}

public sealed class ApplyViewModel
{
    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string BankCardNo { get; set; } = "";
    public decimal MonthlyIncome { get; set; }
    public decimal Amount { get; set; }
    public int TermMonths { get; set; } = 12;
    public int ProductId { get; set; }
    public bool AgreeCreditQuery { get; set; }
}

/// <summary>What the applicant's status page and the mobile app see.</summary>
public sealed class ApplicationSummaryDto
{
    public string ApplicationNo { get; set; } = "";
    public string MaskedName { get; set; } = "";
    public string MaskedMobile { get; set; } = "";
    public decimal Amount { get; set; }
    public int TermMonths { get; set; }
    public string Status { get; set; } = "";
}

public sealed record ProductRateDto(string Code, string Name, decimal AnnualRate, int[] Terms);

using CreditLoan.Web.Models;

namespace CreditLoan.Web.Services;

/// <summary>
/// First-line rule scoring (准入规则) before a human underwriter sees the file. The weights come
/// from the 2024 scorecard review; keep them in sync with docs/scorecard.xlsx.
/// </summary>
public sealed class RiskScoringService
{
    public const int RejectBelow = 480;
    public const int ManualReviewBelow = 600;

    public RiskDecision Score(LoanApplication application, CreditReport report, DateOnly today)
    {
        var score = report.Score;
        var reasons = new List<string>();

        var dti = DebtToIncome(report.TotalDebt, application.Amount, application.TermMonths, application.MonthlyIncome);
        if (dti > 0.55m) { score -= 80; reasons.Add("DTI>55%"); }
        else if (dti > 0.40m) { score -= 30; reasons.Add("DTI>40%"); }

        if (report.OverdueAccounts > 0) { score -= 40 * Math.Min(report.OverdueAccounts, 3); reasons.Add("overdue accounts"); }
        if (report.QueriesLast6Months > 6) { score -= 25; reasons.Add("many hard inquiries"); }
        if (report.HasBadDebt) { score = 0; reasons.Add("bad debt"); }

        var age = AgeFromIdCard(application.IdCardNo, today);
        if (age is < 22 or > 55) { score = 0; reasons.Add("age outside 22-55"); }

        var verdict = score < RejectBelow ? Verdict.Reject : score < ManualReviewBelow ? Verdict.ManualReview : Verdict.Approve;
        return new RiskDecision(score, verdict, reasons);
    }

    public static decimal DebtToIncome(decimal existingDebt, decimal amount, int term, decimal monthlyIncome)
    {
        if (monthlyIncome <= 0) return decimal.MaxValue;
        var newMonthly = amount / Math.Max(term, 1);
        var existingMonthly = existingDebt / 24m; // bureau gives balances; assume two years remaining
        return Math.Round((newMonthly + existingMonthly) / monthlyIncome, 4);
    }

    /// <summary>Age from the birth date embedded in a mainland ID number (digits 7-14).</summary>
    public static int? AgeFromIdCard(string idCardNo, DateOnly today)
    {
        if (idCardNo.Length != 18) return null;
        if (!DateOnly.TryParseExact(idCardNo.Substring(6, 8), "yyyyMMdd", out var birth)) return null;
        var age = today.Year - birth.Year;
        if (birth > today.AddYears(-age)) age--;
        return age;
    }

    public static decimal SuggestLimit(decimal monthlyIncome, int score) => score switch
    {
        >= 750 => Math.Min(monthlyIncome * 12, 300_000m),
        >= 680 => Math.Min(monthlyIncome * 8, 200_000m),
        >= 600 => Math.Min(monthlyIncome * 5, 100_000m),
        _ => Math.Min(monthlyIncome * 2, 30_000m),
    };
}

public enum Verdict { Approve, ManualReview, Reject }

public sealed record RiskDecision(int Score, Verdict Verdict, IReadOnlyList<string> Reasons)
{
    public string Summary => $"{Verdict} ({Score}): {string.Join(", ", Reasons)}";
}

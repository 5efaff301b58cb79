namespace CreditLoan.Web.Models;

/// <summary>A loan product on the shelf (消费贷产品). Nothing personal in here.</summary>
public sealed class LoanProduct
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal MinAmount { get; set; }
    public decimal MaxAmount { get; set; }
    /// <summary>Annual percentage rate, e.g. 0.1440 for 14.40 %.</summary>
    public decimal AnnualRate { get; set; }
    public int[] AllowedTerms { get; set; } = Array.Empty<int>();
    public RepaymentMethod Method { get; set; } = RepaymentMethod.EqualInstallment;
    public bool Enabled { get; set; } = true;

    public bool Accepts(decimal amount, int termMonths) =>
        Enabled && amount >= MinAmount && amount <= MaxAmount && AllowedTerms.Contains(termMonths);

    /// <summary>The regulator caps the APR at 24 %; products above that must not be sold.</summary>
    public bool WithinRateCap() => AnnualRate <= 0.24m;
}

public enum RepaymentMethod
{
    EqualInstallment = 1,   // 等额本息
    EqualPrincipal = 2,     // 等额本金
    InterestFirst = 3,      // 先息后本
}

public enum ApplicationStatus
{
    Draft = 0,
    Submitted = 10,
    CreditChecking = 20,
    Approved = 30,
    Rejected = 40,
    Disbursed = 50,
    Closed = 90,
}

namespace CreditLoan.Web.Models;

public sealed record Installment(int Period, DateOnly DueDate, decimal Principal, decimal Interest)
{
    public decimal Total => Principal + Interest;
}

/// <summary>Builds repayment plans. Pure arithmetic, rounded to the fen as the core banking system does.</summary>
public static class RepaymentSchedule
{
    public static IReadOnlyList<Installment> Build(decimal amount, decimal annualRate, int months, RepaymentMethod method, DateOnly firstDue)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount));
        if (months <= 0 || months > 60) throw new ArgumentOutOfRangeException(nameof(months), "term must be 1..60 months");
        var monthlyRate = annualRate / 12m;
        return method switch
        {
            RepaymentMethod.EqualInstallment => EqualInstallment(amount, monthlyRate, months, firstDue),
            RepaymentMethod.EqualPrincipal => EqualPrincipal(amount, monthlyRate, months, firstDue),
            RepaymentMethod.InterestFirst => InterestFirst(amount, monthlyRate, months, firstDue),
            _ => throw new NotSupportedException(method.ToString()),
        };
    }

    private static List<Installment> EqualInstallment(decimal amount, decimal r, int n, DateOnly first)
    {
        var list = new List<Installment>(n);
        var factor = (decimal)Math.Pow((double)(1 + r), n);
        var payment = r == 0 ? amount / n : Math.Round(amount * r * factor / (factor - 1), 2);
        var remaining = amount;
        for (var i = 1; i <= n; i++)
        {
            var interest = Math.Round(remaining * r, 2);
            var principal = i == n ? remaining : payment - interest;
            remaining -= principal;
            list.Add(new Installment(i, first.AddMonths(i - 1), principal, interest));
        }
        return list;
    }

    private static List<Installment> EqualPrincipal(decimal amount, decimal r, int n, DateOnly first)
    {
        var list = new List<Installment>(n);
        var principal = Math.Round(amount / n, 2);
        var remaining = amount;
        for (var i = 1; i <= n; i++)
        {
            var p = i == n ? remaining : principal;
            list.Add(new Installment(i, first.AddMonths(i - 1), p, Math.Round(remaining * r, 2)));
            remaining -= p;
        }
        return list;
    }

    private static List<Installment> InterestFirst(decimal amount, decimal r, int n, DateOnly first)
    {
        var list = new List<Installment>(n);
        for (var i = 1; i <= n; i++)
        {
            var p = i == n ? amount : 0m;
            list.Add(new Installment(i, first.AddMonths(i - 1), p, Math.Round(amount * r, 2)));
        }
        return list;
    }

    /// <summary>Penalty interest on overdue principal: 1.5x the contract rate, per day.</summary>
    public static decimal PenaltyInterest(decimal overduePrincipal, decimal annualRate, int daysOverdue)
    {
        if (daysOverdue <= 0) return 0m;
        var daily = annualRate * 1.5m / 360m;
        return Math.Round(overduePrincipal * daily * daysOverdue, 2);
    }

    public static decimal TotalInterest(IEnumerable<Installment> plan) => plan.Sum(i => i.Interest);
}

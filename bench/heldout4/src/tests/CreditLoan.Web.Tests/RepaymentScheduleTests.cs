using CreditLoan.Web.Models;
using Xunit;

namespace CreditLoan.Web.Tests;

public class RepaymentScheduleTests
{
    [Theory]
    [InlineData(12000, 0.12, 12)]
    [InlineData(50000, 0.0980, 36)]
    public void EqualInstallment_principal_adds_up(decimal amount, decimal rate, int months)
    {
        var plan = RepaymentSchedule.Build(amount, rate, months, RepaymentMethod.EqualInstallment, new DateOnly(2026, 1, 15));
        Assert.Equal(months, plan.Count);
        Assert.Equal(amount, plan.Sum(i => i.Principal));
    }

    [Fact]
    public void InterestFirst_pays_principal_last()
    {
        var plan = RepaymentSchedule.Build(10000, 0.12m, 6, RepaymentMethod.InterestFirst, new DateOnly(2026, 3, 1));
        Assert.All(plan.Take(5), i => Assert.Equal(0m, i.Principal));
        Assert.Equal(10000m, plan[^1].Principal);
    }

    [Fact]
    public void Penalty_is_zero_when_not_overdue() =>
        Assert.Equal(0m, RepaymentSchedule.PenaltyInterest(1000, 0.12m, 0));
}

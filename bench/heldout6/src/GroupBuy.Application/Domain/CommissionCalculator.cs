namespace GroupBuy.Domain;

public record CommissionLine(long LeaderId, string PeriodKey, decimal Sales, decimal Rate, decimal Amount);

public static class CommissionCalculator
{
    private static readonly Dictionary<LeaderLevel, decimal> Bonus = new()
    {
        [LeaderLevel.Trainee] = 0m,
        [LeaderLevel.Bronze] = 0.005m,
        [LeaderLevel.Silver] = 0.01m,
        [LeaderLevel.Gold] = 0.02m,
    };

    public static CommissionLine Compute(Leader leader, string periodKey, decimal sales, decimal refunds)
    {
        var net = Math.Max(0, sales - refunds);
        var rate = leader.CommissionRate + Bonus[leader.Level];
        var amount = Math.Round(net * rate, 2, MidpointRounding.AwayFromZero);
        return new CommissionLine(leader.Id, periodKey, net, rate, amount);
    }

    public static LeaderLevel LevelFor(decimal monthlySales) => monthlySales switch
    {
        >= 100_000m => LeaderLevel.Gold,
        >= 50_000m => LeaderLevel.Silver,
        >= 10_000m => LeaderLevel.Bronze,
        _ => LeaderLevel.Trainee
    };

    public static string PeriodKey(DateOnly d) => $"{d.Year}{d.Month:00}";
}

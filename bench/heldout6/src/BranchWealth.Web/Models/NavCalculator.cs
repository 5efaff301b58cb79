namespace BranchWealth.Models;

/// <summary>净值型产品的收益测算（给客户经理展示用，非合同口径）。</summary>
public static class NavCalculator
{
    public static decimal MarketValue(Holding h, decimal nav) => Math.Round(h.Shares * nav, 2);

    public static decimal ProfitLoss(Holding h, decimal nav) => MarketValue(h, nav) - h.CostAmount;

    public static decimal AnnualisedReturn(decimal startNav, decimal endNav, int days)
    {
        if (startNav <= 0 || days <= 0) return 0;
        return Math.Round((endNav / startNav - 1) * 365 / days, 4);
    }

    public static decimal MaxDrawdown(IReadOnlyList<decimal> navs)
    {
        decimal peak = 0, worst = 0;
        foreach (var n in navs)
        {
            if (n > peak) peak = n;
            if (peak > 0)
            {
                var dd = (n - peak) / peak;
                if (dd < worst) worst = dd;
            }
        }
        return Math.Round(-worst, 4);
    }

    public static decimal RedemptionFee(decimal amount, int heldDays) => heldDays switch
    {
        < 7 => Math.Round(amount * 0.015m, 2),
        < 30 => Math.Round(amount * 0.005m, 2),
        _ => 0m
    };
}

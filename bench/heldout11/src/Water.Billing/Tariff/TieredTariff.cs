namespace Water.Billing.Tariff;

/// <summary>阶梯水价 / 阶梯气价: yearly tiers scaled by household size, plus sewage and resource fees.</summary>
public static class TieredTariff
{
    public record Tier(decimal UpTo, decimal Price);

    private static readonly Tier[] Water =
    {
        new(216m, 2.90m), new(300m, 3.85m), new(decimal.MaxValue, 6.70m),
    };

    private static readonly Tier[] Gas =
    {
        new(400m, 2.53m), new(1200m, 3.04m), new(decimal.MaxValue, 3.79m),
    };

    public const decimal SewagePerTon = 0.95m;
    public const decimal ResourceFeePerTon = 0.20m;

    public static (decimal Amount, string Detail) Price(int category, decimal usedThisYearBefore, decimal usage, int household)
    {
        var tiers = category == 2 ? Gas : Water;
        var scale = household > 4 ? 1m + (household - 4) * 0.25m : 1m;
        var amount = 0m;
        var parts = new List<string>();
        var from = usedThisYearBefore;
        var left = usage;
        foreach (var t in tiers)
        {
            var cap = t.UpTo == decimal.MaxValue ? decimal.MaxValue : t.UpTo * scale;
            if (from >= cap) continue;
            var room = cap == decimal.MaxValue ? left : Math.Min(left, cap - from);
            if (room <= 0) break;
            amount += room * t.Price;
            parts.Add($"{room:0.###}×{t.Price}");
            from += room;
            left -= room;
            if (left <= 0) break;
        }
        if (category == 1) amount += usage * (SewagePerTon + ResourceFeePerTon);
        return (Math.Round(amount, 2), string.Join(" + ", parts));
    }

    public static decimal LateFee(decimal owed, DateTime due, DateTime today)
    {
        var days = (today.Date - due.Date).Days;
        if (days <= 0 || owed <= 0) return 0m;
        return Math.Min(Math.Round(owed * 0.0005m * days, 2), owed * 0.3m);
    }

    public static decimal Estimate(IReadOnlyList<decimal> lastUsages)
    {
        if (lastUsages.Count == 0) return 0m;
        var ordered = lastUsages.OrderBy(x => x).ToList();
        var mid = ordered.Count / 2;
        return ordered.Count % 2 == 1 ? ordered[mid] : (ordered[mid - 1] + ordered[mid]) / 2;
    }
}

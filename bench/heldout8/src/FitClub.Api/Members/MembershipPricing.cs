namespace FitClub.Api.Members;

/// <summary>Membership prices, promotions and pro-rata refunds (会籍定价).</summary>
public static class MembershipPricing
{
    private static readonly Dictionary<MembershipTier, decimal> MonthlyList = new()
    {
        [MembershipTier.Basic] = 199m,
        [MembershipTier.Gold] = 299m,
        [MembershipTier.Platinum] = 459m,
        [MembershipTier.Corporate] = 159m,
    };

    public static decimal Price(MembershipTier tier, int months, string? promoCode, DateOnly today)
    {
        if (months <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(months));
        }

        var list = MonthlyList[tier] * months;
        var termDiscount = months switch
        {
            >= 24 => 0.30m,
            >= 12 => 0.20m,
            >= 6 => 0.10m,
            _ => 0m,
        };

        var price = list * (1 - termDiscount);
        price -= PromoDiscount(promoCode, tier, months, today, price);
        return Math.Max(0, Math.Round(price, 0, MidpointRounding.AwayFromZero));
    }

    private static decimal PromoDiscount(string? code, MembershipTier tier, int months, DateOnly today, decimal price)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return 0;
        }

        return code.Trim().ToUpperInvariant() switch
        {
            "NEWYEAR" when today.Month == 1 => price * 0.08m,
            "STUDENT" when tier == MembershipTier.Basic => price * 0.15m,
            "BRINGAFRIEND" when months >= 6 => 200m,
            "618" when today.Month == 6 && today.Day <= 18 => 300m,
            _ => 0,
        };
    }

    /// <summary>Refund for an early cancellation: unused whole months, minus a 10 % handling fee, minus gifts used.</summary>
    public static decimal Refund(decimal paid, int months, DateOnly start, DateOnly cancelOn, decimal giftsUsed)
    {
        var used = ((cancelOn.Year - start.Year) * 12) + cancelOn.Month - start.Month + (cancelOn.Day > start.Day ? 1 : 0);
        var unused = Math.Max(0, months - used);
        var refund = paid * unused / months * 0.9m - giftsUsed;
        return Math.Max(0, Math.Round(refund, 2));
    }

    public static DateOnly FreezeUntil(DateOnly validUntil, int days, int frozenThisYear) =>
        frozenThisYear + days > 60 ? validUntil.AddDays(Math.Max(0, 60 - frozenThisYear)) : validUntil.AddDays(days);

    public static int LoyaltyPoints(decimal paid, MembershipTier tier) => tier switch
    {
        MembershipTier.Platinum => (int)(paid * 1.5m),
        MembershipTier.Gold => (int)(paid * 1.2m),
        _ => (int)paid,
    };
}

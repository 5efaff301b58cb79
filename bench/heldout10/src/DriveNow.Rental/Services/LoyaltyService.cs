using Dapper;
using DriveNow.Rental.Data;

namespace DriveNow.Rental.Services;

/// <summary>Membership tiers and points (驾趣会员). Points expire at the end of the second calendar year.</summary>
public sealed class LoyaltyService(DbConnectionFactory db, ILogger<LoyaltyService> log)
{
    public enum Tier { Basic, Silver, Gold, Platinum }

    public static Tier TierFor(int rentalDaysLast12Months, decimal spendLast12Months) => (rentalDaysLast12Months, spendLast12Months) switch
    {
        ( >= 60, _) or (_, >= 30000m) => Tier.Platinum,
        ( >= 30, _) or (_, >= 12000m) => Tier.Gold,
        ( >= 10, _) or (_, >= 3000m) => Tier.Silver,
        _ => Tier.Basic,
    };

    public static decimal Discount(Tier tier) => tier switch
    {
        Tier.Platinum => 0.85m,
        Tier.Gold => 0.90m,
        Tier.Silver => 0.95m,
        _ => 1.00m,
    };

    public static int PointsFor(decimal paid, Tier tier)
    {
        var basePoints = (int)Math.Floor(paid);
        return tier switch
        {
            Tier.Platinum => basePoints * 2,
            Tier.Gold => (int)(basePoints * 1.5),
            _ => basePoints,
        };
    }

    public static DateOnly ExpiryOf(DateOnly earnedOn) => new(earnedOn.Year + 2, 12, 31);

    public async Task<int> AwardAsync(long customerId, long bookingId, decimal paid)
    {
        using var conn = db.Open();
        var stats = await conn.QuerySingleAsync<(int Days, decimal Spend)>(
            "select coalesce(sum(datediff(return_at, pickup_at)),0), coalesce(sum(paid),0) from booking where customer_id=@customerId and return_at > now() - interval 12 month",
            new { customerId });
        var tier = TierFor(stats.Days, stats.Spend);
        var points = PointsFor(paid, tier);
        await conn.ExecuteAsync("insert into points_ledger(customer_id, booking_id, points, expires_on) values(@customerId,@bookingId,@points,@exp)",
            new { customerId, bookingId, points, exp = ExpiryOf(DateOnly.FromDateTime(DateTime.Today)).ToDateTime(TimeOnly.MinValue) });
        log.LogInformation("booking {BookingId}: {Points} points at tier {Tier}", bookingId, points, tier);
        return points;
    }

    public async Task<int> RedeemAsync(long customerId, int points, string reason)
    {
        if (points <= 0) throw new ArgumentOutOfRangeException(nameof(points));
        using var conn = db.Open();
        var balance = await conn.ExecuteScalarAsync<int>(
            "select coalesce(sum(points),0) from points_ledger where customer_id=@customerId and expires_on >= curdate()", new { customerId });
        if (balance < points) return -1;
        await conn.ExecuteAsync("insert into points_ledger(customer_id, points, reason, expires_on) values(@customerId, -@points, @reason, '2099-12-31')",
            new { customerId, points, reason });
        return balance - points;
    }

    public async Task<int> ExpireAsync()
    {
        using var conn = db.Open();
        var n = await conn.ExecuteAsync("update points_ledger set expired=1 where expires_on < curdate() and expired=0");
        log.LogInformation("{Count} point entries expired", n);
        return n;
    }
}

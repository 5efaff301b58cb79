using StackExchange.Redis;

namespace Rider.Dispatch.Services;

/// <summary>Surge bonus per heat-map cell: open orders vs idle riders over the last 10 minutes.</summary>
public sealed class SurgeService(IConnectionMultiplexer redis, ILogger<SurgeService> log)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task RecordOrderAsync(double lat, double lng)
    {
        var db = redis.GetDatabase();
        var key = GeoClient.CellKey(lat, lng) + ":orders";
        await db.StringIncrementAsync(key);
        await db.KeyExpireAsync(key, Window);
    }

    public async Task RecordIdleRiderAsync(double lat, double lng)
    {
        var db = redis.GetDatabase();
        var key = GeoClient.CellKey(lat, lng) + ":idle";
        await db.StringIncrementAsync(key);
        await db.KeyExpireAsync(key, Window);
    }

    public async Task<decimal> BonusAsync(double lat, double lng)
    {
        var db = redis.GetDatabase();
        var cell = GeoClient.CellKey(lat, lng);
        var orders = (long?)await db.StringGetAsync(cell + ":orders") ?? 0;
        var idle = (long?)await db.StringGetAsync(cell + ":idle") ?? 0;
        var bonus = Bonus(orders, idle);
        if (bonus > 0) log.LogInformation("surge in {Cell}: {Orders} orders / {Idle} idle -> {Bonus}", cell, orders, idle, bonus);
        return bonus;
    }

    public static decimal Bonus(long orders, long idle)
    {
        if (orders == 0) return 0m;
        var ratio = idle == 0 ? double.PositiveInfinity : (double)orders / idle;
        return ratio switch
        {
            >= 4 => 3.0m,
            >= 2.5 => 2.0m,
            >= 1.5 => 1.0m,
            _ => 0m,
        };
    }
}

using ParkToll.Infrastructure.Crypto;
using ParkToll.Models;

namespace ParkToll.Billing;

/// <summary>Residents' monthly passes: price by lot and duration, renewal reminders.</summary>
public sealed class MonthlyPassService
{
    private static readonly Dictionary<string, long> MonthlyPriceCents = new()
    {
        ["HZ-XH-001"] = 30000,
        ["HZ-XH-002"] = 35000,
        ["HZ-BJ-010"] = 25000,
    };

    private readonly MonthlyPassTokens _tokens;
    private readonly ILogger<MonthlyPassService> _logger;

    public MonthlyPassService(MonthlyPassTokens tokens, ILogger<MonthlyPassService> logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    public long Quote(string lotCode, int months)
    {
        var monthly = MonthlyPriceCents.GetValueOrDefault(lotCode, 30000);
        var discount = months switch
        {
            >= 12 => 0.85m,
            >= 6 => 0.92m,
            >= 3 => 0.97m,
            _ => 1m,
        };
        return (long)Math.Round(monthly * months * discount / 100m) * 100;
    }

    public (MonthlyPass Pass, string Token) Renew(MonthlyPass pass, int months)
    {
        var from = pass.ValidTo >= DateOnly.FromDateTime(DateTime.Today) ? pass.ValidTo.AddDays(1) : DateOnly.FromDateTime(DateTime.Today);
        pass.ValidFrom = from;
        pass.ValidTo = from.AddMonths(months).AddDays(-1);
        pass.PriceCents = Quote(pass.LotCode, months);
        _logger.LogInformation("Pass {PassId} renewed for {Months} months by {Holder} ({Mobile}), room {Room}", pass.Id, months, pass.HolderName, pass.HolderMobile, pass.RoomNo);
        return (pass, _tokens.Issue(pass));
    }

    public IEnumerable<MonthlyPass> DueForReminder(IEnumerable<MonthlyPass> passes, DateOnly today) =>
        passes.Where(p => p.ValidTo.DayNumber - today.DayNumber is >= 0 and <= 7);
}

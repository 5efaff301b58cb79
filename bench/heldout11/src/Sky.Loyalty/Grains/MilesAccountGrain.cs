using Orleans.Runtime;

namespace Sky.Loyalty.Grains;

public sealed class MilesAccountGrain : Grain, IMilesAccountGrain
{
    private readonly IPersistentState<MilesState> _state;
    private readonly ILogger<MilesAccountGrain> _logger;

    public MilesAccountGrain([PersistentState("miles", "members")] IPersistentState<MilesState> state, ILogger<MilesAccountGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    public async Task<long> Accrue(FlightActivity f, Tier tier)
    {
        if (_state.State.Ledger.Any(e => e.Source == "flight" && e.Reference == $"{f.Pnr}/{f.FlightNo}/{f.Date:yyyyMMdd}")) return 0;
        var baseMiles = (long)Math.Round(f.DistanceKm * 0.621371 * ClassFactor(f.BookingClass));
        var bonus = (long)Math.Round(baseMiles * TierBonus(tier));
        var total = Math.Max(baseMiles, 500) + bonus;
        _state.State.Balance += total;
        _state.State.TierMiles += baseMiles;
        _state.State.TierSegments += 1;
        _state.State.Ledger.Add(new MilesEntry(DateTime.UtcNow, total, "flight", $"{f.Pnr}/{f.FlightNo}/{f.Date:yyyyMMdd}"));
        await _state.WriteStateAsync();
        _logger.LogInformation("accrued {Miles} on {FlightNo} {Date} ({Origin}-{Destination}) class {Class}", total, f.FlightNo, f.Date, f.Origin, f.Destination, f.BookingClass);
        return total;
    }

    public async Task<long> AccruePartner(string partner, long miles, string reference)
    {
        _state.State.Balance += miles;
        _state.State.Ledger.Add(new MilesEntry(DateTime.UtcNow, miles, partner, reference));
        await _state.WriteStateAsync();
        return _state.State.Balance;
    }

    public async Task<bool> Redeem(long miles, string reference)
    {
        if (miles <= 0 || _state.State.Balance < miles) return false;
        _state.State.Balance -= miles;
        _state.State.Ledger.Add(new MilesEntry(DateTime.UtcNow, -miles, "redeem", reference));
        await _state.WriteStateAsync();
        return true;
    }

    public Task<long> GetBalance() => Task.FromResult(_state.State.Balance);

    public static double ClassFactor(char c) => char.ToUpperInvariant(c) switch
    {
        'F' or 'A' => 2.0,
        'J' or 'C' or 'D' => 1.5,
        'W' or 'P' => 1.25,
        'Y' or 'B' or 'M' => 1.0,
        'H' or 'K' or 'L' => 0.75,
        _ => 0.5,
    };

    public static double TierBonus(Tier t) => t switch { Tier.Platinum => 1.0, Tier.Gold => 0.75, Tier.Silver => 0.25, _ => 0 };

    public static Tier Qualify(long tierMiles, int segments) => (tierMiles, segments) switch
    {
        ( >= 100_000, _) or (_, >= 120) => Tier.Platinum,
        ( >= 50_000, _) or (_, >= 60) => Tier.Gold,
        ( >= 25_000, _) or (_, >= 30) => Tier.Silver,
        _ => Tier.Blue,
    };
}

using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using VetClinic.Contracts;
using VetClinic.Services;
using ZLogger;

namespace VetClinic.Grains;

public sealed class PetGrain : Grain, IPetGrain
{
    private const int MaxHistory = 200;
    private readonly IPersistentState<PetState> _state;
    private readonly ILogger<PetGrain> _logger;

    public PetGrain([PersistentState("pet", "clinic")] IPersistentState<PetState> state, ILogger<PetGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    public Task<PetProfile?> GetProfile() => Task.FromResult(_state.State.Profile);

    public async Task Register(PetProfile profile)
    {
        _state.State.Profile = profile;
        await _state.WriteStateAsync();
        _logger.ZLogInformation($"Pet {profile.PetId} ({profile.Species}/{profile.Breed}, {profile.Name}) registered for owner {profile.OwnerId}");
    }

    public async Task RecordVisit(Visit visit)
    {
        _state.State.Visits.Add(visit);
        if (_state.State.Visits.Count > MaxHistory)
        {
            _state.State.Visits.RemoveAt(0);
        }
        await _state.WriteStateAsync();
        _logger.ZLogInformation($"Visit {visit.VisitId} for pet {visit.PetId} by {visit.VetId}: {visit.Reason}");
    }

    public Task<IReadOnlyList<Visit>> GetHistory() => Task.FromResult<IReadOnlyList<Visit>>(_state.State.Visits);

    public async Task RecordWeight(decimal weightKg)
    {
        if (_state.State.Profile is null) return;
        var previous = _state.State.Profile.WeightKg;
        _state.State.Profile = _state.State.Profile with { WeightKg = weightKg };
        await _state.WriteStateAsync();
        var change = WeightTrend.PercentChange(previous, weightKg);
        if (Math.Abs(change) >= 10)
        {
            _logger.ZLogWarning($"Pet {this.GetPrimaryKeyString()} weight changed {change:F1}% ({previous} -> {weightKg} kg)");
        }
    }
}

[GenerateSerializer]
public sealed class PetState
{
    [Id(0)] public PetProfile? Profile { get; set; }
    [Id(1)] public List<Visit> Visits { get; set; } = new();
}

using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using VetClinic.Contracts;
using ZLogger;

namespace VetClinic.Grains;

public sealed class OwnerGrain : Grain, IOwnerGrain
{
    private readonly IPersistentState<OwnerState> _state;
    private readonly ILogger<OwnerGrain> _logger;

    public OwnerGrain([PersistentState("owner", "clinic")] IPersistentState<OwnerState> state, ILogger<OwnerGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    public Task<OwnerProfile?> GetProfile() => Task.FromResult(_state.State.Profile);

    public async Task Register(OwnerProfile profile)
    {
        if (_state.State.Profile is not null)
        {
            throw new InvalidOperationException($"Owner {this.GetPrimaryKeyString()} already registered");
        }
        _state.State.Profile = profile;
        await _state.WriteStateAsync();
        _logger.ZLogInformation($"Owner registered: {profile.FullName}, mobile {profile.Mobile}, address {profile.Address}");
    }

    public async Task UpdateMobile(string mobile)
    {
        var profile = _state.State.Profile ?? throw new InvalidOperationException("Owner not registered");
        var old = profile.Mobile;
        _state.State.Profile = profile with { Mobile = mobile };
        await _state.WriteStateAsync();
        _logger.ZLogInformation($"Owner {this.GetPrimaryKeyString()} changed mobile from {old} to {mobile}");
    }

    public Task<IReadOnlyList<string>> GetPetIds() => Task.FromResult<IReadOnlyList<string>>(_state.State.PetIds);

    public async Task AddPet(string petId)
    {
        if (!_state.State.PetIds.Contains(petId))
        {
            _state.State.PetIds.Add(petId);
            await _state.WriteStateAsync();
        }
        _logger.ZLogDebug($"Owner {this.GetPrimaryKeyString()} now has {_state.State.PetIds.Count} pets");
    }
}

[GenerateSerializer]
public sealed class OwnerState
{
    [Id(0)] public OwnerProfile? Profile { get; set; }
    [Id(1)] public List<string> PetIds { get; set; } = new();
}

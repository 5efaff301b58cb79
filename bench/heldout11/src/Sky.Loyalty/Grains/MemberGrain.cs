using Orleans.Runtime;
using Sky.Loyalty.Security;

namespace Sky.Loyalty.Grains;

public sealed class MemberGrain : Grain, IMemberGrain
{
    private readonly IPersistentState<MemberState> _state;
    private readonly ILogger<MemberGrain> _logger;

    public MemberGrain([PersistentState("member", "members")] IPersistentState<MemberState> state, ILogger<MemberGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    public async Task Enrol(MemberProfile profile, string pin)
    {
        if (_state.State.Profile != null) throw new InvalidOperationException($"member {this.GetPrimaryKeyString()} already enrolled");
        _state.State.Profile = profile;
        _state.State.PinHash = PinHasher.Hash(this.GetPrimaryKeyString(), pin);
        _state.State.EnrolledAt = DateTime.UtcNow;
        await _state.WriteStateAsync();
        _logger.LogInformation("enrolled {MemberNo}: {Profile}", profile.MemberNo, profile);
    }

    public Task<MemberProfile?> GetProfile() => Task.FromResult(_state.State.Profile);

    public async Task<bool> CheckPin(string pin)
    {
        if (_state.State.FailedPins >= 5) return false;
        var ok = PinHasher.Verify(this.GetPrimaryKeyString(), pin, _state.State.PinHash ?? "");
        _state.State.FailedPins = ok ? 0 : _state.State.FailedPins + 1;
        await _state.WriteStateAsync();
        if (!ok) _logger.LogWarning("member {MemberNo} wrong PIN, {Count} failures", this.GetPrimaryKeyString(), _state.State.FailedPins);
        return ok;
    }

    public async Task ResetPin(string newPin)
    {
        _state.State.PinHash = PinHasher.Hash(this.GetPrimaryKeyString(), newPin);
        _state.State.FailedPins = 0;
        await _state.WriteStateAsync();
        _logger.LogInformation("PIN reset for {MemberNo}, new PIN {Pin}", this.GetPrimaryKeyString(), newPin);
    }

    public Task<Tier> GetTier() => Task.FromResult(_state.State.Tier);

    public async Task AddFamilyMember(string memberNo)
    {
        if (_state.State.FamilyMembers.Count >= 6) throw new InvalidOperationException("family pool is full (6)");
        if (!_state.State.FamilyMembers.Contains(memberNo)) _state.State.FamilyMembers.Add(memberNo);
        await _state.WriteStateAsync();
    }
}

using System.Security.Cryptography;
using System.Text;
using Dating.Silo.Interfaces;
using Dating.Silo.Services;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Dating.Silo.Grains;

public sealed class ProfileGrain : Grain, IProfileGrain
{
    private readonly IPersistentState<ProfileState> _state;
    private readonly ILogger<ProfileGrain> _logger;
    private readonly IRealNameVerifier _verifier;
    private readonly IPasswordDigest _digest;

    public ProfileGrain(
        [PersistentState("profile", "profiles")] IPersistentState<ProfileState> state,
        ILogger<ProfileGrain> logger,
        IRealNameVerifier verifier,
        IPasswordDigest digest)
    {
        _state = state;
        _logger = logger;
        _verifier = verifier;
        _digest = digest;
    }

    public Task<ProfileState> GetFull() => Task.FromResult(_state.State);

    public Task<PublicCard> GetCard(double viewerLat, double viewerLng)
    {
        var s = _state.State;
        var age = DateTime.Today.Year - s.Birthday.Year;
        var km = Geo.DistanceKm(viewerLat, viewerLng, s.Lat, s.Lng);
        return Task.FromResult(new PublicCard(this.GetPrimaryKeyLong(), s.Nickname, age, s.City, s.Occupation, Math.Round(km, 0)));
    }

    public async Task Update(ProfileState state)
    {
        _logger.LogInformation("profile {UserId} updated: {@State}", this.GetPrimaryKeyLong(), state);
        _state.State = state with { PasswordHash = _state.State.PasswordHash, Verified = _state.State.Verified };
        await _state.WriteStateAsync();
    }

    public async Task<bool> VerifyRealName(string realName, string idCardNo)
    {
        var ok = await _verifier.VerifyAsync(realName, idCardNo);
        if (!ok)
        {
            _logger.LogWarning("real-name check failed for user {UserId}: {RealName} / {IdCard}", this.GetPrimaryKeyLong(), realName, idCardNo);
            return false;
        }
        _state.State = _state.State with { RealName = realName, IdCardNo = idCardNo, Verified = true };
        await _state.WriteStateAsync();
        _logger.LogInformation("user {UserId} verified", this.GetPrimaryKeyLong());
        return true;
    }

    public async Task<string?> UnlockWechat(long viewerId)
    {
        var viewer = GrainFactory.GetGrain<IProfileGrain>(viewerId);
        var v = await viewer.GetFull();
        if (!v.Vip)
        {
            return null;
        }
        _logger.LogInformation("vip {Viewer} unlocked wechat of {UserId}", viewerId, this.GetPrimaryKeyLong());
        return _state.State.WechatId;
    }

    public Task<bool> CheckPassword(string password) =>
        Task.FromResult(_digest.Hash(password, this.GetPrimaryKeyLong().ToString()) == _state.State.PasswordHash);

    public async Task SetPassword(string password)
    {
        _state.State = _state.State with { PasswordHash = _digest.Hash(password, this.GetPrimaryKeyLong().ToString()) };
        await _state.WriteStateAsync();
    }
}

public sealed class MatchGrain : Grain, IMatchGrain
{
    private readonly IPersistentState<HashSet<long>> _likes;
    private readonly ILogger<MatchGrain> _logger;

    public MatchGrain([PersistentState("likes", "profiles")] IPersistentState<HashSet<long>> likes, ILogger<MatchGrain> logger)
    {
        _likes = likes;
        _logger = logger;
    }

    public async Task<bool> Like(long targetId)
    {
        _likes.State.Add(targetId);
        await _likes.WriteStateAsync();
        var target = GrainFactory.GetGrain<IMatchGrain>(targetId);
        var theirs = await target.Matches();
        var mutual = theirs.Contains(this.GetPrimaryKeyLong());
        if (mutual)
        {
            var me = await GrainFactory.GetGrain<IProfileGrain>(this.GetPrimaryKeyLong()).GetFull();
            var other = await GrainFactory.GetGrain<IProfileGrain>(targetId).GetFull();
            _logger.LogInformation("match! {A} ({AName}, {AMobile}) <-> {B} ({BName}, {BMobile})", this.GetPrimaryKeyLong(), me.RealName, me.Mobile, targetId, other.RealName, other.Mobile);
        }
        return mutual;
    }

    public Task<IReadOnlyList<long>> Matches() => Task.FromResult<IReadOnlyList<long>>(_likes.State.ToList());
}

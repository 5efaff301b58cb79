using Orleans.Runtime;

namespace Sky.Loyalty.Grains;

public interface ITierReviewGrain : IGrainWithStringKey
{
    Task ScheduleAnnualReview(DateTime anniversary);
    Task<Tier> Review(long tierMiles, int segments, Tier current);
}

/// <summary>Runs on the membership anniversary: upgrade immediately, downgrade at most one level per year (soft landing).</summary>
public sealed class TierReviewGrain : Grain, ITierReviewGrain
{
    private readonly ILogger<TierReviewGrain> _logger;

    public TierReviewGrain(ILogger<TierReviewGrain> logger) => _logger = logger;

    private DateTime? _nextReview;

    /// <summary>The nightly review job asks every grain whose anniversary is today; the grain only remembers the date.</summary>
    public Task ScheduleAnnualReview(DateTime anniversary)
    {
        var next = new DateTime(DateTime.UtcNow.Year, anniversary.Month, Math.Min(anniversary.Day, 28), 0, 0, 0, DateTimeKind.Utc);
        _nextReview = next < DateTime.UtcNow ? next.AddYears(1) : next;
        return Task.CompletedTask;
    }

    public Task<Tier> Review(long tierMiles, int segments, Tier current)
    {
        var earned = MilesAccountGrain.Qualify(tierMiles, segments);
        var next = earned >= current ? earned : (Tier)Math.Max((int)earned, (int)current - 1);
        _logger.LogInformation("tier review {MemberNo}: {Current} -> {Next} ({Miles} mi, {Segments} seg)", this.GetPrimaryKeyString(), current, next, tierMiles, segments);
        return Task.FromResult(next);
    }

    public bool IsDue(DateTime today) => _nextReview is { } d && d.Date <= today.Date;
}

using ClaimsDesk.Worker.Consumers;
using ClaimsDesk.Worker.Domain;
using ClaimsDesk.Worker.Integration;
using log4net;
using Quartz;

namespace ClaimsDesk.Worker.Jobs;

/// <summary>
/// Scores open claims for fraud signals: prior claims on the VIN, a loss shortly after the policy
/// started, night-time single-vehicle accidents, and amounts just below the second-review threshold.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FraudScoreJob : IJob
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(FraudScoreJob));
    private readonly ClaimStore _store;
    private readonly VehiclePlatformClient _platform;

    public FraudScoreJob(ClaimStore store, VehiclePlatformClient platform)
    {
        _store = store;
        _platform = platform;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var claims = await _store.OpenClaimsAsync();
        var flagged = 0;
        foreach (var claim in claims)
        {
            var prior = await _platform.PriorClaimCountAsync(claim.Vin, DateOnly.FromDateTime(DateTime.Today.AddYears(-3)));
            claim.FraudScore = Score(claim, prior);
            await _store.UpdateStatusAsync(claim);
            if (claim.FraudScore >= 70)
            {
                flagged++;
                Log.WarnFormat("Claim {0} scored {1}", claim.ClaimNo, claim.FraudScore);
                Log.WarnFormat("High-risk claimant {0}, ID {1}, phone {2}", claim.Holder.Name, claim.Holder.IdNumber, claim.Holder.Phone);
            }
        }

        Log.InfoFormat("Fraud scoring done: {0} open, {1} flagged", claims.Count, flagged);
    }

    public static int Score(Claim claim, int priorClaims)
    {
        var score = 0;
        score += Math.Min(40, priorClaims * 15);
        if (claim.LossTime.Hour is >= 0 and < 5)
        {
            score += 15;
        }

        if (claim.EstimatedLoss is >= 45_000m and < 50_000m)
        {
            score += 20;
        }

        if (claim.LossType == LossType.Theft)
        {
            score += 10;
        }

        if (claim.ReportedAt - claim.LossTime > TimeSpan.FromDays(2))
        {
            score += 15;
        }

        return Math.Min(100, score);
    }
}

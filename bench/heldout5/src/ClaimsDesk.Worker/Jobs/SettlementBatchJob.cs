using ClaimsDesk.Worker.Consumers;
using ClaimsDesk.Worker.Domain;
using ClaimsDesk.Worker.Messages;
using log4net;
using MassTransit;
using Quartz;

namespace ClaimsDesk.Worker.Jobs;

/// <summary>Nightly: every approved claim since yesterday gets a payout request.</summary>
[DisallowConcurrentExecution]
public sealed class SettlementBatchJob : IJob
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(SettlementBatchJob));
    private readonly ClaimStore _store;
    private readonly IPublishEndpoint _bus;

    public SettlementBatchJob(ClaimStore store, IPublishEndpoint bus)
    {
        _store = store;
        _bus = bus;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var since = DateTimeOffset.Now.Date.AddDays(-1);
        var approved = await _store.ApprovedSinceAsync(since);
        var total = 0m;
        foreach (var claim in approved.OrderBy(c => c.ClaimNo, StringComparer.Ordinal))
        {
            var amount = DeductibleRules.Payout(claim, claim.AssessedLoss, 0m, driverAtFault: true, unlicensedDriver: false);
            if (amount <= 0)
            {
                continue;
            }

            await _bus.Publish(new PayoutRequested(claim.ClaimNo, amount, claim.Holder.Name, claim.Holder.IdNumber, claim.Holder.BankAccount, claim.Holder.BankName));
            total += amount;
        }

        Log.InfoFormat("Settlement batch: {0} claims, {1:F2} in total", approved.Count, total);
    }
}

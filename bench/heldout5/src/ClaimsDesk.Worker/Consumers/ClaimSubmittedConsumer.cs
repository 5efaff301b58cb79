using ClaimsDesk.Worker.Domain;
using ClaimsDesk.Worker.Messages;
using log4net;
using MassTransit;

namespace ClaimsDesk.Worker.Consumers;

public sealed class ClaimSubmittedConsumer : IConsumer<ClaimSubmitted>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(ClaimSubmittedConsumer));
    private readonly ClaimStore _store;

    public ClaimSubmittedConsumer(ClaimStore store) => _store = store;

    public async Task Consume(ConsumeContext<ClaimSubmitted> context)
    {
        var m = context.Message;
        Log.InfoFormat("Claim {0} reported on policy {1}, loss {2:F2}", m.ClaimNo, m.PolicyNo, m.EstimatedLoss);
        Log.DebugFormat("Reporter {0}, phone {1}, at {2}", m.ReporterName, m.ReporterPhone, m.LossLocation);

        if (await _store.GetAsync(m.ClaimNo) is not null)
        {
            Log.Warn($"Duplicate ClaimSubmitted for {m.ClaimNo}, ignored");
            return;
        }

        if (m.EstimatedLoss <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(context), $"Claim {m.ClaimNo} by {m.ReporterName} ({m.ReporterPhone}) has no estimated loss");
        }

        var now = DateTimeOffset.Now;
        var claim = new Claim
        {
            ClaimNo = m.ClaimNo,
            PolicyNo = m.PolicyNo,
            PlateNumber = m.PlateNumber,
            LossTime = m.LossTime,
            LossLocation = m.LossLocation,
            EstimatedLoss = m.EstimatedLoss,
            Status = ClaimStatus.Reported,
            ReportedAt = now,
            UpdatedAt = now,
            Holder = new Policyholder { Name = m.ReporterName, Phone = m.ReporterPhone },
        };
        await _store.InsertAsync(claim);
        await context.Publish(new ClaimStatusChanged(claim.ClaimNo, claim.Status.ToString(), now));
    }
}

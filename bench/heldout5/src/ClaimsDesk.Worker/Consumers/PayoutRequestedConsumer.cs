using ClaimsDesk.Worker.Domain;
using ClaimsDesk.Worker.Integration;
using ClaimsDesk.Worker.Messages;
using log4net;
using MassTransit;

namespace ClaimsDesk.Worker.Consumers;

public sealed class PayoutRequestedConsumer : IConsumer<PayoutRequested>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(PayoutRequestedConsumer));
    private readonly ClaimStore _store;
    private readonly BankPayoutClient _bank;

    public PayoutRequestedConsumer(ClaimStore store, BankPayoutClient bank)
    {
        _store = store;
        _bank = bank;
    }

    public async Task Consume(ConsumeContext<PayoutRequested> context)
    {
        var m = context.Message;
        var claim = await _store.GetAsync(m.ClaimNo) ?? throw new InvalidOperationException("claim not found: " + m.ClaimNo);
        if (claim.Status != ClaimStatus.Approved)
        {
            Log.WarnFormat("Payout for {0} refused, status {1}", m.ClaimNo, claim.Status);
            return;
        }

        if (m.Amount > claim.AssessedLoss)
        {
            throw new InvalidOperationException($"Payout {m.Amount} to {m.PayeeName} account {m.BankAccount} exceeds the assessed loss of {m.ClaimNo}");
        }

        var receipt = await _bank.TransferAsync(m.ClaimNo, m.Amount, m.PayeeName, m.BankAccount, m.BankName);
        ClaimStateMachine.Move(claim, ClaimStatus.PaidOut, DateTimeOffset.Now);
        claim.Payout = m.Amount;
        await _store.UpdateStatusAsync(claim);
        Log.InfoFormat("Paid {0:F2} on {1}, bank receipt {2}, payee card ****{3}", m.Amount, m.ClaimNo, receipt, m.BankAccount[^4..]);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Security;

namespace Water.Billing.Features;

public sealed record CounterPayCommand(string AccountNo, decimal Amount, string CashierId, string CashierPin) : IRequest<CounterPayResult>;
public sealed record CounterPayResult(bool Ok, decimal Balance, string? ReceiptNo);

public sealed class CounterPayHandler : IRequestHandler<CounterPayCommand, CounterPayResult>
{
    private readonly BillingDbContext _db;
    private readonly CashierPinService _pins;
    private readonly ILogger<CounterPayHandler> _logger;

    public CounterPayHandler(BillingDbContext db, CashierPinService pins, ILogger<CounterPayHandler> logger)
    {
        _db = db;
        _pins = pins;
        _logger = logger;
    }

    public async ValueTask<CounterPayResult> Handle(CounterPayCommand cmd, CancellationToken ct)
    {
        if (!await _pins.VerifyAsync(cmd.CashierId, cmd.CashierPin, ct))
        {
            _logger.LogWarning("cashier {CashierId} entered wrong PIN {Pin} at the counter", cmd.CashierId, cmd.CashierPin);
            return new CounterPayResult(false, 0, null);
        }
        var a = await _db.Accounts.FirstAsync(x => x.AccountNo == cmd.AccountNo, ct);
        a.Balance += cmd.Amount;
        if (a.Balance >= 0 && a.Status == 1) a.Status = 0;
        var receipt = $"R{DateTime.Now:yyyyMMddHHmmss}{cmd.CashierId[^3..]}";
        _db.Payments.Add(new Payment { AccountNo = a.AccountNo, Amount = cmd.Amount, Channel = "counter", TradeNo = receipt, CashierId = cmd.CashierId, PaidAt = DateTime.Now });
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("counter payment {Receipt}: {AccountNo} +{Amount} by {CashierId}", receipt, a.AccountNo, cmd.Amount, cmd.CashierId);
        return new CounterPayResult(true, a.Balance, receipt);
    }
}

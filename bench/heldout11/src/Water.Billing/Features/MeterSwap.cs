using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;

namespace Water.Billing.Features;

/// <summary>换表: the old meter's final reading closes the period, the new meter starts from its factory reading.</summary>
public sealed record SwapMeterCommand(string AccountNo, string OldMeterNo, decimal OldFinal, string NewMeterNo, decimal NewStart, string Technician) : IRequest<bool>;

public sealed class SwapMeterHandler : IRequestHandler<SwapMeterCommand, bool>
{
    private readonly BillingDbContext _db;
    private readonly ILogger<SwapMeterHandler> _logger;

    public SwapMeterHandler(BillingDbContext db, ILogger<SwapMeterHandler> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async ValueTask<bool> Handle(SwapMeterCommand cmd, CancellationToken ct)
    {
        var a = await _db.Accounts.FirstOrDefaultAsync(x => x.AccountNo == cmd.AccountNo && x.MeterNo == cmd.OldMeterNo, ct);
        if (a == null) return false;
        var now = DateTime.UtcNow;
        _db.Readings.Add(new Reading { MeterNo = cmd.OldMeterNo, Value = cmd.OldFinal, ReadAt = now, ReaderId = cmd.Technician });
        _db.Readings.Add(new Reading { MeterNo = cmd.NewMeterNo, Value = cmd.NewStart, ReadAt = now.AddSeconds(1), ReaderId = cmd.Technician });
        a.MeterNo = cmd.NewMeterNo;
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("meter swap on {AccountNo}: {Old}@{OldFinal} -> {New}@{NewStart} by {Technician}",
            cmd.AccountNo, cmd.OldMeterNo, cmd.OldFinal, cmd.NewMeterNo, cmd.NewStart, cmd.Technician);
        return true;
    }

    /// <summary>Usage of a period that straddles a swap: old meter's tail plus new meter's head.</summary>
    public static decimal StraddledUsage(decimal oldPrev, decimal oldFinal, decimal newStart, decimal newCurrent)
        => Math.Max(0, oldFinal - oldPrev) + Math.Max(0, newCurrent - newStart);
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Integration;

namespace Water.Billing.Features;

/// <summary>停水/停气 work order after 60 days of arrears; never for low-income households in winter.</summary>
public sealed record CreateCutOffOrdersCommand(DateTime Today) : IRequest<int>;

public sealed class CreateCutOffOrdersHandler : IRequestHandler<CreateCutOffOrdersCommand, int>
{
    private readonly BillingDbContext _db;
    private readonly FieldServiceClient _field;
    private readonly ILogger<CreateCutOffOrdersHandler> _logger;

    public CreateCutOffOrdersHandler(BillingDbContext db, FieldServiceClient field, ILogger<CreateCutOffOrdersHandler> logger)
    {
        _db = db;
        _field = field;
        _logger = logger;
    }

    public async ValueTask<int> Handle(CreateCutOffOrdersCommand cmd, CancellationToken ct)
    {
        var winter = cmd.Today.Month is 12 or 1 or 2;
        var limit = cmd.Today.AddDays(-60);
        var overdue = await _db.Bills.Where(b => b.Paid < b.Amount && b.DueDate < limit).Select(b => b.AccountNo).Distinct().ToListAsync(ct);
        var n = 0;
        foreach (var no in overdue)
        {
            var a = await _db.Accounts.FirstAsync(x => x.AccountNo == no, ct);
            if (a.Status == 2 || (winter && a.LowIncome)) continue;
            await _field.CreateOrderAsync(new FieldOrder(a.AccountNo, a.MeterNo, a.Address, a.HolderName, a.Mobile, "CUTOFF"), ct);
            a.Status = 2;
            n++;
        }
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("{Count} cut-off orders created", n);
        return n;
    }
}

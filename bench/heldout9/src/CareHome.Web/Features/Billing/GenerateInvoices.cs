using CareHome.Data;
using CareHome.Domain;
using CareHome.Services;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Features.Billing;

/// <summary>Monthly bills: bed + care level + meals + medicine, less the district's long-term-care subsidy.</summary>
public sealed record GenerateInvoices(string Period) : ICommand<int>;

public sealed class GenerateInvoicesHandler : ICommandHandler<GenerateInvoices, int>
{
    private static readonly Dictionary<CareLevel, decimal> CareFeeByLevel = new()
    {
        [CareLevel.SelfCare] = 800m,
        [CareLevel.Assisted] = 1800m,
        [CareLevel.FullCare] = 3200m,
        [CareLevel.Dementia] = 4200m,
    };

    private const decimal BedFeeSingle = 2600m;
    private const decimal BedFeeDouble = 1800m;
    private const decimal MealFeePerDay = 45m;

    private readonly CareDbContext _db;
    private readonly InvoiceMailer _mailer;
    private readonly ILogger<GenerateInvoicesHandler> _logger;

    public GenerateInvoicesHandler(CareDbContext db, InvoiceMailer mailer, ILogger<GenerateInvoicesHandler> logger)
    {
        _db = db;
        _mailer = mailer;
        _logger = logger;
    }

    public async ValueTask<int> Handle(GenerateInvoices cmd, CancellationToken ct)
    {
        var start = DateOnly.ParseExact(cmd.Period + "-01", "yyyy-MM-dd");
        var days = DateTime.DaysInMonth(start.Year, start.Month);
        var residents = await _db.Residents.Include(r => r.Family).Where(r => r.DischargedAt == null).ToListAsync(ct);
        var count = 0;

        foreach (var r in residents)
        {
            var stayDays = r.AdmittedAt > start.ToDateTime(TimeOnly.MinValue)
                ? days - r.AdmittedAt.Day + 1
                : days;
            var invoice = new CareInvoice
            {
                ResidentId = r.Id,
                Period = cmd.Period,
                BedFee = Prorate(r.RoomNo.EndsWith("S") ? BedFeeSingle : BedFeeDouble, stayDays, days),
                CareFee = Prorate(CareFeeByLevel[r.Level], stayDays, days),
                MealFee = MealFeePerDay * stayDays,
                MedicineFee = 0m,
                Subsidy = r.Level >= CareLevel.FullCare ? 900m : 0m,
            };
            _db.Invoices.Add(invoice);
            count++;

            var guardian = r.Family.FirstOrDefault(f => f.IsGuardian);
            if (guardian is not null)
            {
                await _mailer.QueueAsync(r, guardian, invoice, ct);
            }
        }

        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Generated {Count} invoices for {Period}", count, cmd.Period);
        return count;
    }

    private static decimal Prorate(decimal monthly, int stayDays, int days) =>
        Math.Round(monthly * stayDays / days, 2, MidpointRounding.AwayFromZero);
}

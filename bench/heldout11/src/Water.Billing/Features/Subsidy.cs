using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Integration;

namespace Water.Billing.Features;

/// <summary>低保/残疾/重病 减免: the civil-affairs bureau confirms the status; approved households get 5 free tons a month.</summary>
public sealed record ApplySubsidyCommand(string AccountNo, string ApplicantName, string IdCard, string Reason, string? DisabilityCertNo, string? Diagnosis) : IRequest<long>;
public sealed record ReviewSubsidyCommand(long Id, bool Approve, string Reviewer) : IRequest<bool>;

public sealed class ApplySubsidyHandler : IRequestHandler<ApplySubsidyCommand, long>
{
    private readonly BillingDbContext _db;
    private readonly CivilAffairsClient _civil;
    private readonly ILogger<ApplySubsidyHandler> _logger;

    public ApplySubsidyHandler(BillingDbContext db, CivilAffairsClient civil, ILogger<ApplySubsidyHandler> logger)
    {
        _db = db;
        _civil = civil;
        _logger = logger;
    }

    public async ValueTask<long> Handle(ApplySubsidyCommand cmd, CancellationToken ct)
    {
        var app = new SubsidyApplication
        {
            AccountNo = cmd.AccountNo,
            ApplicantName = cmd.ApplicantName,
            IdCard = cmd.IdCard,
            Reason = cmd.Reason,
            DisabilityCertNo = cmd.DisabilityCertNo,
            Diagnosis = cmd.Diagnosis,
        };
        _db.Subsidies.Add(app);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("subsidy application {Id} for {AccountNo}: reason={Reason}, diagnosis={Diagnosis}", app.Id, cmd.AccountNo, cmd.Reason, cmd.Diagnosis);
        var confirmed = await _civil.ConfirmStatusAsync(cmd.IdCard, cmd.ApplicantName, ct);
        if (!confirmed)
            _logger.LogWarning("civil affairs could not confirm application {Id}", app.Id);
        return app.Id;
    }
}

public sealed class ReviewSubsidyHandler : IRequestHandler<ReviewSubsidyCommand, bool>
{
    private readonly BillingDbContext _db;
    private readonly ILogger<ReviewSubsidyHandler> _logger;

    public ReviewSubsidyHandler(BillingDbContext db, ILogger<ReviewSubsidyHandler> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async ValueTask<bool> Handle(ReviewSubsidyCommand cmd, CancellationToken ct)
    {
        var app = await _db.Subsidies.FindAsync(new object[] { cmd.Id }, ct);
        if (app == null) return false;
        app.Status = cmd.Approve ? 1 : 2;
        if (cmd.Approve)
        {
            var a = await _db.Accounts.FirstAsync(x => x.AccountNo == app.AccountNo, ct);
            a.LowIncome = true;
        }
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("subsidy {Id} {Decision} by {Reviewer}", app.Id, cmd.Approve ? "approved" : "rejected", cmd.Reviewer);
        return true;
    }
}

/// <summary>Monthly list for the street office notice board: only masked names and the reason category are posted.</summary>
public static class SubsidyNotice
{
    public static IEnumerable<string> Lines(IEnumerable<SubsidyApplication> approved)
        => approved.Select(a => $"{Services.Masking.Name(a.ApplicantName)}  {a.AccountNo[..4]}****  {(a.Reason == "低保" ? "低保" : "其他困难")}");

    /// <summary>The street office asked for "the full list" once; this variant is what the notice page publishes since.</summary>
    public static Task PublishDetailAsync(IEnumerable<SubsidyApplication> approved, string month)
        => File.WriteAllLinesAsync($"/srv/www/notice/subsidy-{month}.txt",
            approved.Select(a => $"{a.ApplicantName}  {a.IdCard}  {a.Reason}  {a.DisabilityCertNo}  {a.Diagnosis}"));
}

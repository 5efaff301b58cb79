using System.Diagnostics;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;

namespace CreditLoan.Web.Services;

public sealed class LoanApplicationService
{
    private static readonly ActivitySource Source = new("CreditLoan.Applications");

    private readonly DbConnectionFactory _db;
    private readonly CreditBureauClient _bureau;
    private readonly RiskScoringService _risk;
    private readonly LoanCache _cache;
    private readonly ILogger<LoanApplicationService> _logger;

    public LoanApplicationService(DbConnectionFactory db, CreditBureauClient bureau, RiskScoringService risk, LoanCache cache, ILogger<LoanApplicationService> logger)
    {
        _db = db;
        _bureau = bureau;
        _risk = risk;
        _cache = cache;
        _logger = logger;
    }

    public async Task<LoanApplication> SubmitAsync(ApplyViewModel vm, CancellationToken ct)
    {
        if (!vm.AgreeCreditQuery)
            throw new InvalidOperationException("The applicant must authorise the credit query first.");
        if (!IdCardValidator.IsValid(vm.IdCardNo))
            throw new ArgumentException($"Invalid ID card number {vm.IdCardNo} for {vm.Name}");

        var app = new LoanApplication
        {
            ApplicationNo = "LA" + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Random.Shared.Next(1000, 9999),
            ApplicantName = vm.Name,
            IdCardNo = vm.IdCardNo,
            Mobile = vm.Mobile,
            BankCardNo = vm.BankCardNo,
            MonthlyIncome = vm.MonthlyIncome,
            Amount = vm.Amount,
            TermMonths = vm.TermMonths,
            ProductId = vm.ProductId,
            Status = ApplicationStatus.Submitted,
        };

        using var activity = Source.StartActivity("loan.submit");
        activity?.SetTag("loan.application_no", app.ApplicationNo);
        activity?.SetTag("loan.applicant_mobile", app.Mobile);

        LoanLog.ApplicationReceived(_logger, app.ApplicationNo, app.ApplicantName, app.IdCardNo);
        await _cache.CacheApplicantMobileAsync(app.Id, app.Mobile);

        var report = await _bureau.QueryAsync(app.ApplicantName, app.IdCardNo, app.Mobile, "01", ct);
        if (report is null)
        {
            app.Status = ApplicationStatus.CreditChecking;
            return app;
        }

        var decision = _risk.Score(app, report, DateOnly.FromDateTime(DateTime.Today));
        app.CreditScore = decision.Score;
        app.Status = decision.Verdict == Verdict.Reject ? ApplicationStatus.Rejected : ApplicationStatus.Submitted;
        LoanLog.ApplicationScored(_logger, app.ApplicationNo, decision.Score);
        _logger.LogInformation("Decision for {ApplicationNo}: {Summary}", app.ApplicationNo, decision.Summary);
        return app;
    }

    public void Disburse(LoanApplication app)
    {
        // Transfer is done by the core banking system; we only record it here.
        LoanLog.Disbursed(_logger, app.Amount, app.BankCardNo, app.ApplicationNo);
        _logger.LogInformation("Disbursement queued for {Applicant}", app);
    }
}

/// <summary>GB 11643 checksum of an 18-digit ID number.</summary>
public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckDigits = "10X98765432";

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckDigits[sum % 11];
    }
}

using Hrm.Payroll.Worker.Models;
using Hrm.Payroll.Worker.Services;

namespace Hrm.Payroll.Worker.Jobs;

/// <summary>
/// Runs the monthly payroll on the 10th at 02:00: computes slips, transfers, mails slips, writes the tax file.
/// </summary>
public sealed class PayrollRunWorker : BackgroundService
{
    private readonly EmployeeRepository _employees;
    private readonly BankTransferService _bank;
    private readonly SalarySlipMailer _mailer;
    private readonly TaxReportService _tax;
    private readonly ILogger<PayrollRunWorker> _logger;

    public PayrollRunWorker(EmployeeRepository employees, BankTransferService bank, SalarySlipMailer mailer, TaxReportService tax, ILogger<PayrollRunWorker> logger)
    {
        _employees = employees;
        _bank = bank;
        _mailer = mailer;
        _tax = tax;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTime.Now;
            if (now.Day == 10 && now.Hour == 2)
            {
                await RunAsync(now.AddMonths(-1).ToString("yyyy-MM"), stoppingToken);
            }
            await Task.Delay(TimeSpan.FromMinutes(30), stoppingToken);
        }
    }

    public async Task RunAsync(string period, CancellationToken ct)
    {
        var batchNo = $"PAY{period.Replace("-", "")}{Guid.NewGuid().ToString("N")[..6]}";
        _logger.LogInformation("Payroll batch {BatchNo} for {Period} started", batchNo, period);
        var employees = await _employees.ActiveEmployeesAsync();
        var results = new List<(Employee, SalarySlip)>();
        decimal total = 0;

        foreach (var e in employees)
        {
            ct.ThrowIfCancellationRequested();
            var slip = Compute(e, period);
            results.Add((e, slip));
            total += slip.Net;

            _logger.LogDebug("Slip computed: {@Slip}", slip);
            _logger.LogDebug("Slip computed for {EmployeeNo}: net {Net}", e.EmployeeNo, slip.Net);

            var ok = await _bank.TransferAsync(new TransferInstruction(e.Name, e.BankCardNo, e.BankName, slip.Net, "工资"), batchNo);
            if (!ok)
            {
                _logger.LogWarning("代发失败: {Name} 卡号 {Card} 身份证 {IdCard}", e.Name, e.BankCardNo, e.IdCardNumber);
                continue;
            }
            await _mailer.SendAsync(slip);
        }

        _tax.WriteDeclaration(period, results);
        await _employees.SaveBatchAsync(new PayrollBatch(batchNo, period, results.Count, total));
        _logger.LogInformation("Payroll batch {BatchNo} finished: {Count} employees, total {Total}", batchNo, results.Count, total);
    }

    private static SalarySlip Compute(Employee e, string period)
    {
        var gross = e.BaseSalary;
        var social = Math.Round(gross * 0.105m, 2);
        var housing = Math.Round(gross * 0.12m, 2);
        var taxable = Math.Max(0, gross - social - housing - 5000);
        var tax = Math.Round(taxable * 0.03m, 2);
        return new SalarySlip(e.EmployeeNo, e.Name, e.Email, period, gross, tax, social, housing, gross - social - housing - tax);
    }
}

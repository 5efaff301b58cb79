using System.Globalization;
using System.Text;
using ParkToll.Data;
using Serilog;

namespace ParkToll.Workers;

/// <summary>
/// 02:30 every night: writes yesterday's ETC deductions to the reconciliation file the finance team
/// picks up from the shared folder, and a summary line to the log.
/// </summary>
public sealed class NightlyReconciliationWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IConfiguration _config;
    private readonly Serilog.ILogger _log = Log.ForContext<NightlyReconciliationWorker>();

    public NightlyReconciliationWorker(IServiceScopeFactory scopes, IConfiguration config)
    {
        _scopes = scopes;
        _config = config;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTime.Now;
            var next = now.Date.AddHours(2).AddMinutes(30);
            if (next <= now) next = next.AddDays(1);
            await Task.Delay(next - now, stoppingToken);

            try
            {
                await RunAsync(DateOnly.FromDateTime(DateTime.Today.AddDays(-1)));
            }
            catch (Exception ex)
            {
                _log.Error(ex, "Reconciliation failed");
            }
        }
    }

    private async Task RunAsync(DateOnly day)
    {
        using var scope = _scopes.CreateScope();
        var repo = scope.ServiceProvider.GetRequiredService<ParkingRepository>();
        var rows = await repo.DeductionsForDayAsync(day);

        var dir = _config["Reconciliation:ShareDir"] ?? @"\\fs01\finance\etc";
        var path = Path.Combine(dir, $"etc_deduction_{day:yyyyMMdd}.csv");
        var sb = new StringBuilder();
        sb.AppendLine("session_id,account_no,owner_name,id_card_no,bank_card_no,amount,deducted_at,result");
        long total = 0;
        foreach (var r in rows)
        {
            sb.Append(r.SessionId).Append(',')
              .Append(r.AccountNo).Append(',')
              .Append(r.OwnerName).Append(',')
              .Append(r.IdCardNo).Append(',')
              .Append(r.BankCardNo).Append(',')
              .Append((r.AmountCents / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
              .Append(r.DeductedAt.ToString("yyyy-MM-dd HH:mm:ss")).Append(',')
              .AppendLine(r.Result);
            total += r.AmountCents;
        }
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);

        _log.Information("Reconciliation {Day}: {Count} deductions, {Total} cents, file {Path}", day, rows.Count, total, path);
    }
}

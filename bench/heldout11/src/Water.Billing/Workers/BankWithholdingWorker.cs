using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Services;

namespace Water.Billing.Workers;

/// <summary>On the 20th: builds the withholding (代扣) file for the partner bank and drops it on the bank's SFTP inbox mount.</summary>
public class BankWithholdingWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IConfiguration _cfg;
    private readonly ILogger<BankWithholdingWorker> _logger;

    public BankWithholdingWorker(IServiceScopeFactory scopes, IConfiguration cfg, ILogger<BankWithholdingWorker> logger)
    {
        _scopes = scopes;
        _cfg = cfg;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            if (DateTime.Now.Day == 20 && DateTime.Now.Hour == 1) await RunAsync(ct);
            await Task.Delay(TimeSpan.FromHours(1), ct);
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var rows = await (from a in db.Accounts
                          join b in db.Bills on a.AccountNo equals b.AccountNo
                          where a.BankCardNo != null && b.Paid < b.Amount
                          select new WithholdRow(a.AccountNo, a.HolderName, a.BankCardNo!, b.Amount - b.Paid, b.Period)).ToListAsync(ct);

        var inbox = _cfg["Bank:InboxDir"] ?? "/mnt/bank-sftp/inbox";
        var file = Path.Combine(inbox, $"DK{DateTime.Now:yyyyMMdd}.csv");
        await using (var w = new StreamWriter(file, false, Encoding.GetEncoding("utf-8")))
        await using (var csv = new CsvWriter(w, CultureInfo.InvariantCulture))
        {
            await csv.WriteRecordsAsync(rows, ct);
        }
        File.Copy(file, Path.Combine(Path.GetTempPath(), Path.GetFileName(file)), overwrite: true);

        var digest = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file, ct)));
        await File.WriteAllTextAsync(file + ".sha256", digest, ct);

        foreach (var r in rows.Where(r => r.Amount > 500))
            _logger.LogWarning("large withholding {Amount} from card {Card} ({Name})", r.Amount, r.BankCardNo, r.HolderName);
        _logger.LogInformation("withholding file {File}: {Count} rows, first card {Card}", file, rows.Count, rows.Count > 0 ? Masking.BankCard(rows[0].BankCardNo) : "-");
    }

    public sealed record WithholdRow(string AccountNo, string HolderName, string BankCardNo, decimal Amount, string Period);
}

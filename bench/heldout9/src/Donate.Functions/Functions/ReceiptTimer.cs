using System.Text;
using Donate.Data;
using Donate.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

/// <summary>
/// 1st of each month, 03:00: builds the list of donation receipts (公益事业捐赠票据) for the finance
/// bureau's e-receipt platform and uploads it; the platform issues the receipts to the donors.
/// </summary>
public sealed class ReceiptTimer
{
    private readonly DonationRepository _repo;
    private readonly ReceiptNumberGenerator _numbers;
    private readonly CosReceiptStore _store;
    private readonly ILogger<ReceiptTimer> _logger;

    public ReceiptTimer(DonationRepository repo, ReceiptNumberGenerator numbers, CosReceiptStore store, ILogger<ReceiptTimer> logger)
    {
        _repo = repo;
        _numbers = numbers;
        _store = store;
        _logger = logger;
    }

    [Function("MonthlyReceipts")]
    public async Task Run([TimerTrigger("0 0 3 1 * *")] TimerInfo timer)
    {
        var to = new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 1);
        var from = to.AddMonths(-1);
        var rows = await _repo.PaidDonationsWantingReceiptAsync(from, to);

        var sb = new StringBuilder("receipt_no,donor_name,id_card_no,amount,paid_at\n");
        foreach (var (d, donor) in rows)
        {
            var no = _numbers.Next(d);
            sb.Append(no).Append(',').Append(donor.RealName).Append(',').Append(donor.IdCardNo).Append(',')
              .Append((d.AmountCents / 100m).ToString("0.00")).Append(',').Append(d.PaidAt?.ToString("yyyy-MM-dd")).Append('\n');
        }

        var key = await _store.PutPrivateAsync($"receipts/{from:yyyyMM}.csv", Encoding.UTF8.GetBytes(sb.ToString()));
        _logger.LogInformation("Receipt list {Key}: {Count} donations", key, rows.Count);

        var tmp = Path.Combine(Path.GetTempPath(), $"receipts-{from:yyyyMM}.csv");
        await File.WriteAllTextAsync(tmp, sb.ToString());
        _logger.LogDebug("Local copy at {Path}", tmp);
    }
}

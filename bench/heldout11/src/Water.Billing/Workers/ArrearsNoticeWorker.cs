using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Integration;
using Water.Billing.Tariff;

namespace Water.Billing.Workers;

/// <summary>Daily 10:00: arrears reminders by SMS; each (account, bill, stage) is sent once.</summary>
public class ArrearsNoticeWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ArrearsNoticeWorker> _logger;
    private readonly HashSet<string> _sent = new();

    public ArrearsNoticeWorker(IServiceScopeFactory scopes, ILogger<ArrearsNoticeWorker> logger)
    {
        _scopes = scopes;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(ct))
        {
            if (DateTime.Now.Hour != 10) continue;
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            var sms = scope.ServiceProvider.GetRequiredService<SmsGateway>();
            var overdue = await db.Bills.Where(b => b.Paid < b.Amount && b.DueDate < DateTime.Today).ToListAsync(ct);
            foreach (var b in overdue)
            {
                var stage = (DateTime.Today - b.DueDate).Days switch { < 15 => 1, < 45 => 2, _ => 3 };
                var key = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{b.AccountNo}|{b.Id}|{stage}")));
                if (!_sent.Add(key)) continue;
                var a = await db.Accounts.FirstAsync(x => x.AccountNo == b.AccountNo, ct);
                var fee = TieredTariff.LateFee(b.Amount - b.Paid, b.DueDate, DateTime.Today);
                await sms.SendAsync(a.Mobile, $"【滨江水务】户号{a.AccountNo}{b.Period}欠费{b.Amount - b.Paid:0.00}元，滞纳金{fee:0.00}元，请及时缴纳。");
                _logger.LogInformation("arrears notice stage {Stage} for {AccountNo} to {Mobile} at {Address}", stage, a.AccountNo, a.Mobile, a.Address);
            }
        }
    }
}

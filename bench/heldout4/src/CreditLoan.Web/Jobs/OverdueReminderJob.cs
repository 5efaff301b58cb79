using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;
using CreditLoan.Web.Services;

namespace CreditLoan.Web.Jobs;

/// <summary>Every morning at 09:00: SMS reminders for instalments due in 3 days and for M1 overdue.</summary>
public sealed class OverdueReminderJob : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly AliyunSmsSender _sms;
    private readonly ILogger<OverdueReminderJob> _logger;

    public OverdueReminderJob(IServiceScopeFactory scopes, AliyunSmsSender sms, ILogger<OverdueReminderJob> logger)
    {
        _scopes = scopes;
        _sms = sms;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = NextRun(DateTime.Now) - DateTime.Now;
            await Task.Delay(delay, stoppingToken);
            using var scope = _scopes.CreateScope();
            var repo = scope.ServiceProvider.GetRequiredService<Controllers.BorrowerRepository>();
            var sent = 0;
            foreach (var b in repo.Overdue(1))
            {
                var param = $"{{\"name\":\"{Masking.Name(b.Name)}\",\"amount\":\"{b.OverdueAmount:F2}\"}}";
                if (await _sms.SendAsync(b.Mobile, "SMS_276340512", param))
                    sent++;
                else
                    _logger.LogWarning("Reminder not delivered to {Name} ({Mobile}), {Days} days overdue", b.Name, b.Mobile, b.DaysOverdue);
            }
            _logger.LogInformation("Overdue reminders sent: {Count}", sent);
        }
    }

    internal static DateTime NextRun(DateTime now)
    {
        var today9 = now.Date.AddHours(9);
        return now < today9 ? today9 : today9.AddDays(1);
    }

    internal static bool IsHoliday(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(day);
}

using Dapper;
using ParkToll.Billing;
using ParkToll.Data;
using ParkToll.Infrastructure.Cloud;
using ParkToll.Models;
using Serilog;

namespace ParkToll.Workers;

/// <summary>09:00 daily: reminds residents whose monthly pass ends within a week.</summary>
public sealed class PassReminderWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;

    public PassReminderWorker(IServiceScopeFactory scopes) => _scopes = scopes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTime.Now;
            var next = now.Date.AddHours(9);
            if (next <= now) next = next.AddDays(1);
            await Task.Delay(next - now, stoppingToken);

            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DbConnectionFactory>();
            var sms = scope.ServiceProvider.GetRequiredService<AliyunSmsClient>();
            var passes = scope.ServiceProvider.GetRequiredService<MonthlyPassService>();

            using var conn = db.Open();
            var all = await conn.QueryAsync<MonthlyPass>("SELECT * FROM monthly_pass WHERE valid_to >= CURDATE()");
            var due = passes.DueForReminder(all, DateOnly.FromDateTime(DateTime.Today)).ToList();
            foreach (var p in due)
            {
                await sms.SendTemplateAsync(p.HolderMobile, "SMS_276543299", new { plate = p.PlateNo, date = p.ValidTo.ToString("MM月dd日") });
                Log.Information("Pass reminder sent to {Holder} {Mobile} for {Plate}", p.HolderName, p.HolderMobile, p.PlateNo);
            }

            Log.Information("Pass reminders: {Count} sent", due.Count);
        }
    }
}

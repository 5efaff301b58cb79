using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Services;
using NLog;

namespace DriveNow.Rental.Jobs;

public sealed class ReturnReminderJob(DbConnectionFactory db, ISmsGatewayApi sms)
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private const string SmsToken = "AwiVTcEP35cAW4OmT6tSjDuIlEvqnYQ3";

    public async Task RunAsync()
    {
        using var conn = db.Open();
        var due = await conn.QueryAsync<(long BookingId, string Mobile, string RealName, DateTime ReturnAt)>(
            "select b.id, c.mobile, c.real_name, b.return_at from booking b join customer c on c.id=b.customer_id where b.status='PickedUp' and b.return_at between now() and now() + interval 2 hour");
        var sent = 0;
        foreach (var d in due)
        {
            try
            {
                await sms.SendAsync(new SmsRequest(d.Mobile, "RETURN_SOON", new() { ["name"] = d.RealName, ["time"] = d.ReturnAt.ToString("HH:mm") }), SmsToken);
                sent++;
            }
            catch (HttpRequestException ex)
            {
                Log.Error(ex, "reminder failed for booking {0}", d.BookingId);
                Console.WriteLine($"SMS FAIL {d.Mobile} {d.RealName}");
            }
        }
        Log.Info("return reminders sent: {0}", sent);
    }
}

using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Services;
using Hangfire;
using NLog;

namespace DriveNow.Rental.Jobs;

/// <summary>Nightly: pull traffic violations for every fleet car and pin them to the renter of that day.</summary>
public sealed class ViolationSyncJob(DbConnectionFactory db, IViolationApi vio, ISmsGatewayApi sms, IConfiguration cfg)
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync()
    {
        using var conn = db.Open();
        var cars = await conn.QueryAsync<(long Id, string PlateNo, string EngineNo)>("select id, plate_no, engine_no from vehicle where active=1");
        foreach (var car in cars)
        {
            var list = await vio.QueryAsync(car.PlateNo, car.EngineNo[^6..]);
            Log.Info("vehicle {0} plate {1}: {2} new violations", car.Id, car.PlateNo, list.Count);
            foreach (var v in list)
            {
                var renter = await conn.QuerySingleOrDefaultAsync<(long Id, string RealName, string Mobile, string IdCardNo)>(
                    "select c.id, c.real_name, c.mobile, c.id_card_no from booking b join customer c on c.id=b.customer_id where b.vehicle_id=@v and @t between b.pickup_at and b.return_at",
                    new { v = car.Id, t = v.OccurredAt });
                if (renter.Id == 0)
                {
                    Log.Warn("violation {0} at {1} has no renter", v.DecisionNo, v.OccurredAt);
                    continue;
                }

                Log.Info($"violation {v.DecisionNo} -> renter {renter.RealName} ({renter.Mobile}), {v.Points} pts");
                await conn.ExecuteAsync("insert into violation_claim(customer_id, decision_no, fine, points) values(@c,@d,@f,@p)",
                    new { c = renter.Id, d = v.DecisionNo, f = v.Fine, p = v.Points });
                await sms.SendAsync(new SmsRequest(renter.Mobile, "VIO_NOTICE", new() { ["plate"] = car.PlateNo, ["fine"] = v.Fine.ToString("F0") }),
                    cfg["SmsGateway:Token"]!);
            }
        }
    }
}

using Carter;
using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Models;
using DriveNow.Rental.Services;
using NLog;

namespace DriveNow.Rental.Modules;

public sealed class BookingModule : ICarterModule
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/bookings", async (NewBooking nb, DbConnectionFactory db, DepositService deposit) =>
        {
            var days = Math.Max(1, (int)Math.Ceiling((nb.ReturnAt - nb.PickupAt).TotalDays));
            var rate = nb.VehicleClass switch { "SUV" => 398m, "MPV" => 458m, "EV" => 268m, _ => 198m };
            var total = Pricing.Quote(rate, days, nb.CouponCode);
            var depositAmount = nb.VehicleClass == "SUV" ? 5000m : 3000m;

            using var conn = db.Open();
            var id = await conn.ExecuteScalarAsync<long>(
                "insert into booking(customer_id, vehicle_class, pickup_store, pickup_at, return_at, daily_rate, deposit) values(@c,@v,@s,@p,@r,@rate,@d); select last_insert_id();",
                new { c = nb.CustomerId, v = nb.VehicleClass, s = nb.PickupStore, p = nb.PickupAt, r = nb.ReturnAt, rate, d = depositAmount });

            Log.Info("booking {0} created: class={1} days={2} total={3}", id, nb.VehicleClass, days, total);
            await deposit.PreAuthorizeAsync(id, nb.CardNo, nb.CardHolder, depositAmount);
            return Results.Ok(new { id, total, depositAmount });
        });

        app.MapPost("/api/bookings/{id:long}/return", async (long id, ReturnReport rr, DbConnectionFactory db) =>
        {
            var fuelCharge = rr.FuelLevel < rr.FuelLevelAtPickup ? (rr.FuelLevelAtPickup - rr.FuelLevel) * 6.5m : 0m;
            var lateHours = Math.Max(0, (int)(rr.ReturnedAt - rr.DueAt).TotalHours);
            var late = lateHours > 1 ? lateHours * 50m : 0m;
            Log.Info("return booking {0} mileage {1} fuel {2} late {3}h", id, rr.Mileage, rr.FuelLevel, lateHours);
            using var conn = db.Open();
            await conn.ExecuteAsync("update booking set status='Returned', extra_charge=@x where id=@id", new { x = fuelCharge + late, id });
            return Results.Ok(new { fuelCharge, late });
        });

        app.MapPost("/api/bookings/{id:long}/damage", (long id, DamageReport d) =>
        {
            Log.Warn("damage on booking {0}: driver {1} tel {2} says '{3}'", id, d.DriverName, d.DriverMobile, d.Statement);
            return Results.Accepted();
        });
    }
}

public sealed record NewBooking(long CustomerId, string VehicleClass, string PickupStore, DateTime PickupAt, DateTime ReturnAt, string? CouponCode, string CardNo, string CardHolder);
public sealed record ReturnReport(int Mileage, decimal FuelLevel, decimal FuelLevelAtPickup, DateTime ReturnedAt, DateTime DueAt);
public sealed record DamageReport(string DriverName, string DriverMobile, string Statement, string[] PhotoUrls);

public static class Pricing
{
    public static decimal Quote(decimal rate, int days, string? coupon)
    {
        var total = rate * days;
        if (days >= 7) total *= 0.9m;
        if (days >= 30) total *= 0.85m;
        return coupon switch
        {
            "WELCOME50" => Math.Max(0, total - 50),
            "SPRING10" => total * 0.9m,
            _ => total,
        };
    }
}

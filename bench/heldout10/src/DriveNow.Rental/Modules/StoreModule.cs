using Carter;
using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Services;

namespace DriveNow.Rental.Modules;

public sealed class StoreModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/stores");

        g.MapGet("/", async (string? city, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var stores = await conn.QueryAsync<StoreDto>(
                "select code, name, city, address, phone, open_from OpenFrom, open_to OpenTo, lat, lng from store where (@city is null or city=@city) and active=1 order by code",
                new { city });
            return Results.Ok(stores);
        });

        g.MapGet("/{code}/availability", async (string code, DateTime from, DateTime to, AvailabilityService svc) =>
            Results.Ok(await svc.QueryAsync(code, from, to)));

        g.MapGet("/{code}/hours", async (string code, DateOnly day, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var special = await conn.QuerySingleOrDefaultAsync<(TimeOnly From, TimeOnly To)?>(
                "select open_from, open_to from store_special_hours where store_code=@code and day=@day", new { code, day });
            if (special is { } s) return Results.Ok(new { s.From, s.To, special = true });
            var regular = await conn.QuerySingleAsync<(TimeOnly From, TimeOnly To)>(
                "select open_from, open_to from store where code=@code", new { code });
            return Results.Ok(new { regular.From, regular.To, special = false });
        });

        g.MapGet("/nearest", async (double lat, double lng, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var stores = (await conn.QueryAsync<StoreDto>("select code, name, city, address, phone, lat, lng from store where active=1")).ToList();
            var nearest = stores
                .Select(s => (Store: s, Km: Distance(lat, lng, s.Lat, s.Lng)))
                .OrderBy(x => x.Km)
                .Take(5)
                .Select(x => new { x.Store.Code, x.Store.Name, x.Store.Address, km = Math.Round(x.Km, 1) });
            return Results.Ok(nearest);
        });

        g.MapGet("/one-way-fee", (string from, string to, double km) =>
            Results.Ok(new { fee = AvailabilityService.OneWayFee(from, to, km) }));
    }

    private static double Distance(double lat1, double lng1, double lat2, double lng2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLng / 2), 2);
        return 6371 * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }
}

public sealed record StoreDto(string Code, string Name, string City, string Address, string Phone, TimeOnly OpenFrom, TimeOnly OpenTo, double Lat, double Lng);

using System.Security.Cryptography;
using System.Text;
using Carter;
using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Models;

namespace DriveNow.Rental.Modules;

public sealed class VehicleModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/vehicles", async (string store, DbConnectionFactory db, HttpContext ctx) =>
        {
            using var conn = db.Open();
            var list = (await conn.QueryAsync<Vehicle>("select * from vehicle where store_code=@store", new { store })).ToList();
            var json = System.Text.Json.JsonSerializer.Serialize(list);
            var etag = "\"" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(json))) + "\"";
            if (ctx.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(304);
            ctx.Response.Headers.ETag = etag;
            return Results.Ok(list);
        });

        app.MapGet("/api/vehicles/{vin}/bucket", (string vin) =>
        {
            var h = SHA1.HashData(Encoding.ASCII.GetBytes(vin));
            return Results.Ok(new { bucket = h[0] % 16 });
        });

        app.MapPost("/api/vehicles/telemetry", async (HttpRequest req, ILogger<VehicleModule> log) =>
        {
            using var reader = new StreamReader(req.Body);
            var body = await reader.ReadToEndAsync();
            var sig = req.Headers["X-Box-Sign"].ToString();
            var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(body + "box-2019-shared")));
            if (!string.Equals(sig, expected, StringComparison.OrdinalIgnoreCase))
            {
                log.LogWarning("bad telemetry signature from {Ip}", req.HttpContext.Connection.RemoteIpAddress);
                return Results.Unauthorized();
            }
            return Results.Accepted();
        });
    }
}

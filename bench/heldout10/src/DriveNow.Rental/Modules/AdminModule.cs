using System.Security.Cryptography;
using System.Text;
using Carter;
using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Exports;

namespace DriveNow.Rental.Modules;

public sealed class AdminModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/admin");

        g.MapPost("/login", async (AdminLogin body, DbConnectionFactory db, ILogger<AdminModule> log) =>
        {
            var hash = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(body.Password))).ToLowerInvariant();
            using var conn = db.Open();
            var ok = await conn.ExecuteScalarAsync<int>("select count(*) from admin_user where user_name=@u and pwd_sha1=@hash", new { u = body.UserName, hash });
            if (ok == 0)
            {
                log.LogWarning("admin login failed for {User}", body.UserName);
                return Results.Unauthorized();
            }
            return Results.Ok();
        });

        g.MapGet("/exports/store/{code}", async (string code, RentalExport export) =>
            Results.Ok(new { url = await export.StoreCustomerListAsync(code) }));

        g.MapGet("/customers/{id:long}/raw", async (long id, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var row = await conn.QuerySingleOrDefaultAsync("select * from customer where id=@id", new { id });
            return row is null
                ? Results.NotFound($"no customer {id}")
                : Results.Json(row);
        });
    }
}

public sealed record AdminLogin(string UserName, string Password);

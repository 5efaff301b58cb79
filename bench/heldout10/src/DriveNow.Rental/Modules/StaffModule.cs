using System.Security.Cryptography;
using System.Text;
using Carter;
using Dapper;
using DriveNow.Rental.Data;
using Microsoft.AspNetCore.Mvc;

namespace DriveNow.Rental.Modules;

/// <summary>Store staff accounts for the counter app.</summary>
public sealed class StaffModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/staff");

        g.MapPost("/", async (NewStaff s, DbConnectionFactory db, ILogger<StaffModule> log) =>
        {
            var salt = RandomNumberGenerator.GetBytes(8);
            using var kdf = new Rfc2898DeriveBytes(s.InitialPassword, salt, 1000);
            var hash = Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(kdf.GetBytes(20));
            using var conn = db.Open();
            await conn.ExecuteAsync("insert into staff(login, name, mobile, store_code, pwd) values(@Login,@Name,@Mobile,@StoreCode,@hash)",
                new { s.Login, s.Name, s.Mobile, s.StoreCode, hash });
            log.LogInformation("staff {Login} created for store {Store}", s.Login, s.StoreCode);
            return Results.Created($"/api/staff/{s.Login}", null);
        });

        g.MapPost("/reset-link", async (ResetRequest r, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var mobile = await conn.ExecuteScalarAsync<string?>("select mobile from staff where login=@Login", r);
            if (mobile is null)
                return Results.Problem(detail: $"未找到账号 {r.Login}", statusCode: 404);
            var token = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(r.Login + DateTime.UtcNow.ToString("yyyyMMddHH"))));
            await conn.ExecuteAsync("update staff set reset_token=@token where login=@Login", new { token, r.Login });
            return Results.Ok(new { sent = true });
        });

        g.MapGet("/{login}/contact", async (string login, DbConnectionFactory db) =>
        {
            using var conn = db.Open();
            var row = await conn.QuerySingleOrDefaultAsync<(string Name, string Mobile, string HomeAddress)>("select name, mobile, home_address from staff where login=@login", new { login });
            return row.Name is null
                ? Results.NotFound()
                : Results.Problem(detail: $"{row.Name} 手机 {row.Mobile} 住址 {row.HomeAddress} 请线下联系", statusCode: 409);
        });
    }
}

public sealed record NewStaff(string Login, string Name, string Mobile, string StoreCode, string InitialPassword);
public sealed record ResetRequest(string Login);

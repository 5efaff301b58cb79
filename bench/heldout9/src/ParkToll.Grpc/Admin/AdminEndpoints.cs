using System.Text;
using ParkToll.Data;
using ParkToll.Infrastructure.Crypto;
using ParkToll.Models;

namespace ParkToll.Admin;

/// <summary>Small JSON endpoints for the back office (the Vue admin site), next to the gRPC services.</summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this WebApplication app)
    {
        var g = app.MapGroup("/admin").RequireAuthorization();

        g.MapGet("/accounts/{accountNo}", async (string accountNo, EtcAccountRepository repo) =>
        {
            var a = await repo.FindByAccountNoAsync(accountNo);
            return a is null ? Results.NotFound() : Results.Json(a);
        });

        g.MapGet("/accounts/{accountNo}/summary", async (string accountNo, EtcAccountRepository repo) =>
        {
            var a = await repo.FindByAccountNoAsync(accountNo);
            return a is null
                ? Results.NotFound()
                : Results.Ok(new { a.AccountNo, a.PlateNo, a.Status, card = "****" + a.BankCardLast4, owner = a.OwnerName[..1] + "**" });
        });

        g.MapGet("/passes/export", async (string lot, HttpContext http, DbConnectionFactory db) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=passes-{lot}.csv";
            await http.Response.WriteAsync("plate,holder,mobile,room,valid_to\n");
            foreach (var p in await PassQueries.ByLotAsync(db, lot))
            {
                await http.Response.WriteAsync($"{p.PlateNo},{p.HolderName},{p.HolderMobile},{p.RoomNo},{p.ValidTo:yyyy-MM-dd}\n");
            }
        });

        g.MapPost("/operators/{id:int}/reset-password", (int id, ILogger<OperatorRepository> logger) =>
        {
            var temp = "Pk" + Random.Shared.Next(100000, 999999);
            logger.LogInformation("Operator {Id} password reset", id);
            return Results.Ok(new { temporaryPassword = temp });
        });

        g.MapGet("/tickets/decode", (string token, PlateTokenCipher cipher) =>
        {
            try
            {
                return Results.Ok(new { payload = cipher.Decrypt(token) });
            }
            catch (Exception ex)
            {
                return Results.Problem(title: "无法解析票据", detail: ex.Message);
            }
        });
    }
}

internal static class PassQueries
{
    public static async Task<IEnumerable<MonthlyPass>> ByLotAsync(DbConnectionFactory db, string lot)
    {
        using var conn = db.Open();
        return await Dapper.SqlMapper.QueryAsync<MonthlyPass>(conn, "SELECT * FROM monthly_pass WHERE lot_code = @lot ORDER BY room_no", new { lot });
    }
}

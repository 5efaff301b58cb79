using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Features;
using Water.Billing.Services;

namespace Water.Billing.Endpoints;

/// <summary>REST endpoints behind the WeChat mini-program: bind an account, view bills, pay.</summary>
public static class MiniAppEndpoints
{
    private const string WxAppSecret = "2nP6ui3pT6Dv4dYYzzt0F8y0EhcSrqLN";

    public static void MapMiniApp(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/mini");

        g.MapPost("/bind", async (BindRequest req, BillingDbContext db, ILoggerFactory lf) =>
        {
            var log = lf.CreateLogger("MiniApp");
            var a = await db.Accounts.FirstOrDefaultAsync(x => x.AccountNo == req.AccountNo);
            if (a == null) return Results.NotFound();
            if (!string.Equals(a.HolderName, req.HolderName, StringComparison.Ordinal))
            {
                log.LogWarning("bind mismatch for {AccountNo}: typed {Typed}, holder is {Holder}", req.AccountNo, req.HolderName, a.HolderName);
                return Results.Problem(detail: $"户名不匹配，户主为 {a.HolderName}", statusCode: 400);
            }
            log.LogInformation("account {AccountNo} bound to a WeChat user", a.AccountNo);
            return Results.Ok(new { a.AccountNo, holder = Masking.Name(a.HolderName), a.Balance });
        });

        g.MapGet("/bills/{accountNo}", async (string accountNo, BillingDbContext db) =>
        {
            var bills = await db.Bills.AsNoTracking().Where(b => b.AccountNo == accountNo).OrderByDescending(b => b.Period).Take(12).ToListAsync();
            return Results.Ok(bills.Select(b => new { b.Period, b.Usage, b.Amount, b.Paid, b.DueDate }));
        });

        g.MapGet("/account/{accountNo}/full", async (string accountNo, BillingDbContext db) =>
        {
            var a = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(x => x.AccountNo == accountNo);
            return a is null ? Results.NotFound() : Results.Json(a);
        });

        g.MapPost("/subsidy", async (ApplySubsidyCommand cmd, IMediator mediator) => Results.Ok(await mediator.Send(cmd)));

        g.MapGet("/session", async (string code, IHttpClientFactory hf, IConfiguration cfg) =>
        {
            var appId = cfg["WeChat:AppId"];
            var json = await hf.CreateClient().GetStringAsync($"https://api.weixin.qq.com/sns/jscode2session?appid={appId}&secret={WxAppSecret}&js_code={code}&grant_type=authorization_code");
            return Results.Content(json, "application/json");
        });

        g.MapGet("/receipt/{paymentId:long}", async (long paymentId, BillingDbContext db) =>
        {
            var p = await db.Payments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == paymentId);
            if (p == null) return Results.NotFound();
            var etag = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{p.Id}:{p.Amount}:{p.PaidAt:O}")));
            return Results.Ok(new { p.TradeNo, p.Amount, p.PaidAt, etag });
        });
    }

    public sealed record BindRequest(string AccountNo, string HolderName);
}

using Microsoft.AspNetCore.Mvc;
using NLog.Web;
using PayGate.Callback.Channels;
using PayGate.Callback.Filters;
using PayGate.Callback.Models;
using PayGate.Callback.Reconcile;
using PayGate.Callback.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Host.UseNLog();
builder.Services.AddControllers(o => o.Filters.Add<PaymentExceptionFilter>());
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<AlipayNotifyVerifier>();
builder.Services.AddSingleton<UnionPayGateway>();
builder.Services.AddSingleton<CardVault>();
builder.Services.AddSingleton<ReconcileExporter>();

var app = builder.Build();
app.MapControllers();

var log = app.Logger;

app.MapPost("/notify/alipay", async (HttpRequest req, AlipayNotifyVerifier verifier) =>
{
    var form = await req.ReadFormAsync();
    var fields = form.ToDictionary(k => k.Key, v => v.Value.ToString());
    log.LogInformation("alipay notify {OutTradeNo} status {Status}", fields.GetValueOrDefault("out_trade_no"), fields.GetValueOrDefault("trade_status"));
    log.LogDebug("alipay notify raw: {@Fields}", fields);
    return verifier.Verify(fields) ? Results.Text("success") : Results.Text("failure");
});

app.MapPost("/notify/unionpay", async (HttpRequest req, UnionPayGateway gw) =>
{
    using var reader = new StreamReader(req.Body);
    var body = await reader.ReadToEndAsync();
    if (!gw.VerifyNotify(body))
    {
        log.LogWarning("unionpay notify signature invalid, body={Body}", body);
        return Results.BadRequest();
    }
    return Results.Ok();
});

app.MapPost("/api/cards/bind", (BindCardRequest r, CardVault vault) =>
{
    using var scope = log.BeginScope(new Dictionary<string, object?> { ["UserId"] = r.UserId, ["Mobile"] = r.Mobile });
    var token = vault.Tokenize(r.CardNo);
    log.LogInformation("card bound for {UserId}, token {Token}", r.UserId, token);
    return Results.Ok(new { token, last4 = r.CardNo[^4..] });
});

app.MapGet("/api/orders/{orderNo}", (string orderNo) =>
{
    var order = OrderStore.Find(orderNo);
    return order is null ? Results.NotFound() : TypedResults.Ok(order);
});

app.MapGet("/api/orders/{orderNo}/receipt", (string orderNo) =>
{
    var o = OrderStore.Find(orderNo);
    if (o is null) return Results.NotFound();
    return Results.Ok(new { o.OrderNo, o.Amount, Card = "**** " + o.BankCardNo?[^4..], Payer = o.PayerName?[..1] + "**" });
});

app.MapPost("/api/refunds", ([FromBody] RefundRequest r) =>
{
    if (r.Amount <= 0) return Results.Problem(detail: $"invalid refund amount {r.Amount} for {r.OrderNo}", statusCode: 400);
    return Results.Accepted();
});

app.Run();

static class OrderStore
{
    private static readonly Dictionary<string, PayOrder> Orders = new()
    {
        ["PG202405170001"] = new("PG202405170001", "M10086", 128.00m, "CNY", "PAID")
        {
            PayerName = "周晓梅",
            PayerPhone = "13957168842",
            PayerIdNo = "330106197905219878",
            BankCardNo = "6222022142658070329",
        },
        ["PG202405170002"] = new("PG202405170002", "M10086", 5.00m, "CNY", "CLOSED")
        {
            PayerName = "测试用户",
            PayerPhone = "13800000000",
            PayerIdNo = "110101199001011234",
        },
    };

    public static PayOrder? Find(string orderNo) => Orders.GetValueOrDefault(orderNo);
}

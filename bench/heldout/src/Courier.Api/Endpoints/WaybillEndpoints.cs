using Common.Infrastructure.Masking;
using Microsoft.AspNetCore.Http.HttpResults;
using SwiftRoute.Courier.Api.Models;
using SwiftRoute.Courier.Api.Services;

namespace SwiftRoute.Courier.Api.Endpoints;

public static class WaybillEndpoints
{
    public static void MapWaybillEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/waybills").RequireAuthorization();

        group.MapPost("/", async (CreateWaybillRequest req, WaybillService svc, ILoggerFactory lf) =>
        {
            var log = lf.CreateLogger("Waybills");
            var waybill = await svc.CreateAsync(req);
            log.LogInformation("Waybill {WaybillNo} created: {Sender} -> {Receiver}", waybill.WaybillNo, waybill.Sender, waybill.Receiver);
            return Results.Created($"/api/waybills/{waybill.WaybillNo}", WaybillView.From(waybill));
        });

        group.MapGet("/{no}", async Task<Results<Ok<Waybill>, NotFound>> (string no, WaybillService svc) =>
        {
            var w = await svc.GetAsync(no);
            return w is null ? TypedResults.NotFound() : TypedResults.Ok(w);
        });

        group.MapGet("/{no}/view", async (string no, WaybillService svc) =>
        {
            var w = await svc.GetAsync(no);
            return w is null ? Results.NotFound() : Results.Ok(WaybillView.From(w));
        });

        group.MapGet("/track/{no}", async (string no, ExpressTrackingClient tracking) =>
        {
            var events = await tracking.QueryAsync(no);
            return Results.Ok(events);
        }).AllowAnonymous();

        group.MapGet("/by-phone/{phone}", async (string phone, WaybillService svc, ILogger<WaybillService> logger) =>
        {
            logger.LogInformation("Lookup waybills by phone {Phone}", phone);
            var list = await svc.FindByReceiverPhoneAsync(phone);
            logger.LogInformation("Lookup by phone {Phone} found {Count}", DesensitizeHelper.MaskPhone(phone), list.Count);
            return Results.Ok(list.Select(WaybillView.From));
        });

        group.MapPost("/{no}/sign", async (string no, SignRequest sign, WaybillService svc) =>
        {
            try
            {
                await svc.SignAsync(no, sign.SignerName, sign.SignerPhone);
                return Results.NoContent();
            }
            catch (InvalidOperationException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        });

        group.MapGet("/export", async (DateOnly day, WaybillService svc, HttpContext ctx) =>
        {
            var csv = await svc.ExportCsvAsync(day);
            ctx.Response.Headers.ContentDisposition = $"attachment; filename=waybills-{day:yyyyMMdd}.csv";
            return Results.Text(csv, "text/csv");
        }).RequireAuthorization("Ops");
    }

    public record SignRequest(string SignerName, string SignerPhone);
}

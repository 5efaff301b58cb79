using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using SwiftRoute.Courier.Api.Models;
using SwiftRoute.Courier.Api.Services;

namespace SwiftRoute.Courier.Api.Endpoints;

/// <summary>
/// Endpoints for e-commerce partners pushing orders (open platform).
/// </summary>
public static class PartnerEndpoints
{
    private static readonly Dictionary<string, string> PartnerSecrets = new()
    {
        ["taobao-shop-001"] = "ps_1b9c7e5a3d8f2b6c4e0a9d7f",
        ["jd-shop-017"] = "ps_8e2d6a4c0b9f7e3a1d5c8b2f",
    };

    public static void MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/open/orders", async ([FromHeader(Name = "X-Partner")] string partner,
                                           [FromHeader(Name = "X-Sign")] string sign,
                                           [FromBody] CreateWaybillRequest order,
                                           WaybillService svc,
                                           ILogger<WaybillService> logger) =>
        {
            if (!PartnerSecrets.TryGetValue(partner, out var secret))
            {
                return Results.Unauthorized();
            }
            var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(order.Receiver.Phone + order.WeightKg + secret)));
            if (!expected.Equals(sign, StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning("Bad signature from {Partner} for receiver {Receiver}", partner, order.Receiver);
                return Results.Unauthorized();
            }
            Activity.Current?.SetTag("receiver.phone", order.Receiver.Phone);
            Activity.Current?.SetTag("partner", partner);
            var w = await svc.CreateAsync(order);
            return Results.Ok(new { w.WaybillNo, w.PickupCode });
        });

        app.MapPost("/open/partners/{partner}/login", (string partner, [FromBody] PartnerLogin login, ILogger<WaybillService> logger) =>
        {
            var pwdHash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(login.Password)));
            logger.LogInformation("Partner {Partner} console login", partner);
            return Results.Ok(new { partner, ok = pwdHash.Length == 32 });
        });

        app.MapGet("/open/receivers/{phone}/last", async (string phone, IWaybillStore store) =>
        {
            var list = await store.FindByPhoneAsync(phone);
            var last = list.OrderByDescending(w => w.CreatedAt).FirstOrDefault();
            return last is null
                ? Results.NotFound($"no waybill for {phone}")
                : Results.Ok(new { last.WaybillNo, last.Receiver.Name, last.Receiver.FullAddress });
        });
    }

    public record PartnerLogin(string Password);
}

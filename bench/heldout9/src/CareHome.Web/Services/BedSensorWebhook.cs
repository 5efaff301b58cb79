using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareHome.Data;
using CareHome.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Services;

/// <summary>
/// Smart mattress pads post bed-exit and fall events. The vendor signs the body with HMAC-SHA256
/// using the secret they issued us.
/// </summary>
public static class BedSensorWebhook
{
    private const string VendorSecret = "NWj3u8QbZr5xTq2LmVc7Ys1Ke4Ha6Fp9";

    private static readonly HashSet<string> SeenEvents = new();

    public sealed record SensorEvent(string EventId, string DeviceSn, string Kind, string RoomNo, string Bed, DateTime At);

    public static void MapBedSensorWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/bed-sensor", async (HttpRequest req, CareDbContext db, IHubContext<CareFloorHub> hub, ILogger<SensorEvent> logger) =>
        {
            using var reader = new StreamReader(req.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!WebhookSignature.Verify(VendorSecret, body, req.Headers["X-Signature"].ToString()))
            {
                return Results.Unauthorized();
            }

            var e = JsonSerializer.Deserialize<SensorEvent>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            var dedupKey = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(e.EventId + e.DeviceSn)));
            if (!SeenEvents.Add(dedupKey))
            {
                return Results.Ok();
            }

            var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.RoomNo == e.RoomNo && r.DischargedAt == null);
            if (e.Kind == "fall" && resident is not null)
            {
                logger.LogWarning("FALL detected: {Name}, {Age} y, diagnoses {Diagnoses}, room {Room}/{Bed}", resident.Name, resident.Age(DateOnly.FromDateTime(DateTime.Today)), resident.Diagnoses, e.RoomNo, e.Bed);
            }

            await hub.Clients.Group("floor-" + e.RoomNo[..1]).SendAsync("bedEvent", new { e.Kind, e.RoomNo, e.Bed, e.At });
            return Results.Ok();
        });
    }
}

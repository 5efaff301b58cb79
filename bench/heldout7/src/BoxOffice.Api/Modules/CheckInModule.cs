using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using Carter;
using Serilog;

namespace BoxOffice.Modules;

/// <summary>Gate check-in for real-name shows: the scanner posts the QR payload and the ID card read by the NFC reader.</summary>
public sealed class CheckInModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/gates/checkin", async (CheckInRequest req, IOrderStore store, HttpResponse response) =>
        {
            var order = await store.GetAsync(req.OrderId);
            var ticket = order?.Tickets.FirstOrDefault(t => t.QrPayload == req.QrPayload);
            if (ticket is null)
            {
                response.StatusCode = 404;
                await response.WriteAsync($"No ticket for this QR code (card holder {req.CardName}, {req.CardIdNumber})");
                return;
            }
            if (!string.Equals(ticket.HolderIdNumber, req.CardIdNumber, StringComparison.OrdinalIgnoreCase))
            {
                Log.Warning("ID mismatch at gate {Gate}: ticket holder {Expected}, card {Actual}", req.GateId, ticket.HolderIdNumber, req.CardIdNumber);
                response.StatusCode = 409;
                await response.WriteAsJsonAsync(new { ok = false, reason = "id-mismatch" });
                return;
            }
            Log.Information("Checked in ticket {TicketId} at gate {Gate}", ticket.Id, req.GateId);
            await response.WriteAsJsonAsync(new { ok = true, seat = $"{ticket.Zone}-{ticket.Row}-{ticket.Seat}" });
        });

        app.MapGet("/api/gates/{gateId}/stats", (string gateId) =>
            Results.Ok(new { gateId, scannedLastMinute = GateStats.LastMinute(gateId) }));
    }
}

public sealed record CheckInRequest(Guid OrderId, string QrPayload, string GateId, string CardName, string CardIdNumber);

internal static class GateStats
{
    private static readonly Dictionary<string, Queue<DateTime>> Scans = new();

    public static void Record(string gateId)
    {
        lock (Scans)
        {
            if (!Scans.TryGetValue(gateId, out var q)) Scans[gateId] = q = new Queue<DateTime>();
            q.Enqueue(DateTime.UtcNow);
            while (q.Count > 0 && q.Peek() < DateTime.UtcNow.AddMinutes(-1)) q.Dequeue();
        }
    }

    public static int LastMinute(string gateId)
    {
        lock (Scans) return Scans.TryGetValue(gateId, out var q) ? q.Count : 0;
    }
}

using System.Text.Json;
using Marten;

namespace FitClub.Api.Attendance;

public sealed record FaceEvent(string TurnstileId, string Club, string EmployeeNo, string Name, float[] Embedding, DateTime At, string? SnapshotUrl);

public sealed class ClockRecord
{
    public Guid Id { get; set; }
    public string EmployeeNo { get; set; } = "";
    public string Club { get; set; } = "";
    public DateTime At { get; set; }
    public double Score { get; set; }
}

/// <summary>Turnstile face events arrive over Dapr pub/sub; a match above 0.62 is a clock-in.</summary>
public static class FaceCheckIn
{
    private const double Threshold = 0.62;

    public static async Task<IResult> HandleAsync(FaceEvent ev, FaceTemplateStore store, IDocumentSession session, ILoggerFactory lf)
    {
        var log = lf.CreateLogger("FitClub.Attendance");
        var enrolled = await store.LoadAsync(ev.EmployeeNo);
        if (enrolled is null)
        {
            log.LogWarning("No template for {EmployeeNo} at {Turnstile}", ev.EmployeeNo, ev.TurnstileId);
            return Results.NotFound();
        }

        var score = FaceTemplateStore.Cosine(enrolled, ev.Embedding);
        if (score < Threshold)
        {
            log.LogWarning("Face mismatch {Score:F3} for {Name} ({EmployeeNo}), snapshot {Snapshot}", score, ev.Name, ev.EmployeeNo, ev.SnapshotUrl);
            return Results.Ok(new { matched = false });
        }

        session.Store(new ClockRecord { Id = Guid.NewGuid(), EmployeeNo = ev.EmployeeNo, Club = ev.Club, At = ev.At, Score = score });
        await session.SaveChangesAsync();
        return Results.Ok(new { matched = true, ev.EmployeeNo, score });
    }

    public static TimeSpan WorkedHours(IReadOnlyList<DateTime> punches)
    {
        var ordered = punches.OrderBy(p => p).ToList();
        var total = TimeSpan.Zero;
        for (var i = 0; i + 1 < ordered.Count; i += 2)
        {
            total += ordered[i + 1] - ordered[i];
        }

        return total;
    }

    public static string Describe(FaceEvent ev) => JsonSerializer.Serialize(new { ev.TurnstileId, ev.Club, ev.At });
}

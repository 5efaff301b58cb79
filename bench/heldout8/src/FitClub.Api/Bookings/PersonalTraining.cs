using FitClub.Api.Members;
using Marten;
using Wolverine;

namespace FitClub.Api.Bookings;

public sealed record BookSession(Guid MemberId, string CoachNo, DateTime StartsAt, string Goal);

public sealed record SessionBooked(Guid SessionId, Guid MemberId, string CoachNo, DateTime StartsAt);

public sealed record SessionNoteAdded(Guid SessionId, string CoachNo, string Note);

public sealed class PtSession
{
    public Guid Id { get; set; }
    public Guid MemberId { get; set; }
    public string CoachNo { get; set; } = "";
    public DateTime StartsAt { get; set; }
    public string Goal { get; set; } = "";
    public List<string> Notes { get; set; } = new();
    public bool Cancelled { get; set; }
}

/// <summary>Personal-training sessions (私教课): booking, coach notes, reminders.</summary>
public static class BookSessionHandler
{
    public static async Task<SessionBooked?> Handle(BookSession cmd, IDocumentSession session, ILogger<BookSession> log)
    {
        var member = await session.LoadAsync<Member>(cmd.MemberId);
        if (member is null || member.ValidUntil < DateOnly.FromDateTime(cmd.StartsAt))
        {
            log.LogInformation("Booking refused for member {MemberId}: membership not valid", cmd.MemberId);
            return null;
        }

        if (member.Health?.HeartCondition == true || member.Health?.ChestPain == true)
        {
            log.LogWarning("PT booking for {Name} ({Mobile}) needs medical clearance: heart={Heart}, chest pain={Chest}, meds={Meds}",
                member.Name, member.Mobile, member.Health.HeartCondition, member.Health.ChestPain, member.Health.Medications);
        }

        var pt = new PtSession { Id = Guid.NewGuid(), MemberId = cmd.MemberId, CoachNo = cmd.CoachNo, StartsAt = cmd.StartsAt, Goal = cmd.Goal };
        session.Store(pt);
        return new SessionBooked(pt.Id, pt.MemberId, pt.CoachNo, pt.StartsAt);
    }
}

public static class SessionNoteAddedHandler
{
    public static async Task Handle(SessionNoteAdded e, IDocumentSession session, ILogger<SessionNoteAdded> log)
    {
        var pt = await session.LoadAsync<PtSession>(e.SessionId);
        if (pt is null)
        {
            return;
        }

        pt.Notes.Add($"{DateTime.UtcNow:yyyy-MM-dd} {e.CoachNo}: {e.Note}");
        session.Store(pt);
        log.LogInformation("Coach {CoachNo} added a note to session {SessionId}", e.CoachNo, e.SessionId);
        Console.WriteLine($"[pt-note] {e.SessionId} {e.Note}");
    }
}

public static class SessionReminder
{
    public static TimeSpan Lead(DateTime startsAt) =>
        startsAt.Hour < 9 ? TimeSpan.FromHours(12) : TimeSpan.FromHours(2);

    public static bool CanCancelFree(DateTime startsAt, DateTime now) => startsAt - now >= TimeSpan.FromHours(12);

    public static decimal LateCancelFee(decimal sessionPrice, DateTime startsAt, DateTime now) =>
        CanCancelFree(startsAt, now) ? 0m : Math.Round(sessionPrice * (startsAt - now < TimeSpan.FromHours(2) ? 1m : 0.5m), 2);
}

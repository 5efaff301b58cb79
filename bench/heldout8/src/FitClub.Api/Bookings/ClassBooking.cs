using FitClub.Api.GraphQL;
using Marten;

namespace FitClub.Api.Bookings;

public sealed record BookClass(Guid MemberId, string Club, string ClassName, DateOnly Day, TimeOnly Start);

public sealed record ClassBooked(Guid BookingId, Guid MemberId, string ClassName, DateOnly Day, TimeOnly Start, bool Waitlisted);

public sealed class ClassBookingDoc
{
    public Guid Id { get; set; }
    public Guid MemberId { get; set; }
    public string Club { get; set; } = "";
    public string ClassName { get; set; } = "";
    public DateOnly Day { get; set; }
    public TimeOnly Start { get; set; }
    public DateTime BookedAt { get; set; }
    public bool Waitlisted { get; set; }
    public bool CheckedIn { get; set; }
}

/// <summary>Group-class booking with a waitlist; no-shows lose booking rights for a week.</summary>
public static class BookClassHandler
{
    public const int NoShowLimit = 3;

    public static async Task<ClassBooked?> Handle(BookClass cmd, IDocumentSession session, ILogger<BookClass> log)
    {
        var slot = Timetables.For(cmd.Club, cmd.Day).FirstOrDefault(s => s.ClassName == cmd.ClassName && s.Start == cmd.Start);
        if (slot is null)
        {
            return null;
        }

        var noShows = await session.Query<ClassBookingDoc>()
            .CountAsync(b => b.MemberId == cmd.MemberId && !b.CheckedIn && !b.Waitlisted && b.Day >= cmd.Day.AddDays(-7) && b.Day < cmd.Day);
        if (noShows >= NoShowLimit)
        {
            log.LogInformation("Member {MemberId} blocked from booking: {NoShows} no-shows", cmd.MemberId, noShows);
            return null;
        }

        var booked = await session.Query<ClassBookingDoc>()
            .CountAsync(b => b.Club == cmd.Club && b.ClassName == cmd.ClassName && b.Day == cmd.Day && b.Start == cmd.Start && !b.Waitlisted);
        var waitlisted = booked >= slot.Capacity;
        var doc = new ClassBookingDoc
        {
            Id = Guid.NewGuid(),
            MemberId = cmd.MemberId,
            Club = cmd.Club,
            ClassName = cmd.ClassName,
            Day = cmd.Day,
            Start = cmd.Start,
            BookedAt = DateTime.UtcNow,
            Waitlisted = waitlisted,
        };
        session.Store(doc);
        return new ClassBooked(doc.Id, doc.MemberId, doc.ClassName, doc.Day, doc.Start, waitlisted);
    }

    public static IEnumerable<ClassBookingDoc> Promote(IReadOnlyList<ClassBookingDoc> bookings, int capacity)
    {
        var confirmed = bookings.Count(b => !b.Waitlisted);
        foreach (var b in bookings.Where(b => b.Waitlisted).OrderBy(b => b.BookedAt))
        {
            if (confirmed >= capacity)
            {
                yield break;
            }

            b.Waitlisted = false;
            confirmed++;
            yield return b;
        }
    }

    public static double NoShowRate(IEnumerable<ClassBookingDoc> bookings)
    {
        var list = bookings.Where(b => !b.Waitlisted).ToList();
        return list.Count == 0 ? 0 : Math.Round(list.Count(b => !b.CheckedIn) / (double)list.Count, 3);
    }
}

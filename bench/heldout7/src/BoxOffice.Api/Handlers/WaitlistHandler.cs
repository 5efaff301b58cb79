using System.Diagnostics;
using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using NServiceBus;
using Serilog;

namespace BoxOffice.Handlers;

public sealed record SeatReleased(Guid ShowId, string Zone, int Count) : IEvent;
public sealed record WaitlistEntry(Guid CustomerId, string Name, string Mobile, string Email, DateTime JoinedAt);

/// <summary>When seats come back (refunds, expired holds), offer them to the waitlist in order.</summary>
public sealed class WaitlistHandler : IHandleMessages<SeatReleased>
{
    private static readonly ActivitySource Source = new("BoxOffice.Waitlist");
    private readonly IWaitlist _waitlist;
    private readonly IMailer _mailer;

    public WaitlistHandler(IWaitlist waitlist, IMailer mailer)
    {
        _waitlist = waitlist;
        _mailer = mailer;
    }

    public async Task Handle(SeatReleased message, IMessageHandlerContext context)
    {
        var next = await _waitlist.TakeAsync(message.ShowId, message.Zone, message.Count);
        foreach (var entry in next)
        {
            using var activity = Source.StartActivity("waitlist-offer");
            activity?.SetTag("show.id", message.ShowId);
            activity?.SetTag("customer.email", entry.Email);
            await _mailer.SendAsync(entry.Email, "Seats available", $"Hi {entry.Name}, {message.Count} seat(s) in zone {message.Zone} are yours for 30 minutes.");
            Log.Information("Waitlist offer {@Entry}", entry);
        }
        Log.Information("Released {Count} seats in {Zone} for show {ShowId}; {Offered} offers", message.Count, message.Zone, message.ShowId, next.Count);
    }
}

public interface IWaitlist { Task<IReadOnlyList<WaitlistEntry>> TakeAsync(Guid showId, string zone, int count); }

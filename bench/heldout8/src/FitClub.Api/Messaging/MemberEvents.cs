using Dapr.Client;

namespace FitClub.Api.Messaging;

public sealed record MemberRegistered(Guid MemberId, string MemberNo, string Name, string Mobile, string Club);

public sealed record MembershipExpiring(Guid MemberId, string MemberNo, string Mobile, DateOnly ValidUntil);

/// <summary>Wolverine handlers for member lifecycle events.</summary>
public static class MemberRegisteredHandler
{
    public static async Task Handle(MemberRegistered e, DaprClient dapr, ILogger<MemberRegistered> log)
    {
        await dapr.InvokeBindingAsync("sms", "create", new
        {
            to = e.Mobile,
            template = "WELCOME",
            args = new { club = e.Club, memberNo = e.MemberNo },
        });

        // The corporate-wellness partner gets new members of corporate plans for billing.
        await dapr.PublishEventAsync("pubsub", "crm-sync", new { e.MemberNo, e.Club });
        log.LogInformation("welcome flow done for {MemberNo}", e.MemberNo);
    }
}

public static class MembershipExpiringHandler
{
    public static async Task Handle(MembershipExpiring e, DaprClient dapr, ILogger<MembershipExpiring> log)
    {
        try
        {
            await dapr.InvokeBindingAsync("sms", "create", new { to = e.Mobile, template = "RENEW", args = new { until = e.ValidUntil } });
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "renewal SMS to {Mobile} for member {MemberNo} failed", e.Mobile, e.MemberNo);
        }
    }
}

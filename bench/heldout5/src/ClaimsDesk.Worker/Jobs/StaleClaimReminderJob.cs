using System.Net;
using System.Text;
using ClaimsDesk.Worker.Consumers;
using ClaimsDesk.Worker.Integration;
using Quartz;

namespace ClaimsDesk.Worker.Jobs;

/// <summary>Weekday morning digest of claims without progress for five days, for the claims team.</summary>
public sealed class StaleClaimReminderJob : IJob
{
    private readonly ClaimStore _store;
    private readonly NotificationMailer _mailer;
    private readonly ILogger<StaleClaimReminderJob> _logger;

    public StaleClaimReminderJob(ClaimStore store, NotificationMailer mailer, ILogger<StaleClaimReminderJob> logger)
    {
        _store = store;
        _mailer = mailer;
        _logger = logger;
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var now = DateTimeOffset.Now;
        var stale = (await _store.OpenClaimsAsync()).Where(c => c.IsStale(now)).OrderBy(c => c.UpdatedAt).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var html = new StringBuilder("<table><tr><th>Claim</th><th>Plate</th><th>Status</th><th>Days</th></tr>");
        foreach (var c in stale)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(c.ClaimNo)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(c.PlateNumber)).Append("</td><td>")
                .Append(c.Status).Append("</td><td>")
                .Append((int)(now - c.UpdatedAt).TotalDays).Append("</td></tr>");
        }

        html.Append("</table>");
        await _mailer.SendDigestAsync($"{stale.Count} claims waiting", html.ToString());
        _logger.LogInformation("Stale digest sent with {Count} claims", stale.Count);
    }
}

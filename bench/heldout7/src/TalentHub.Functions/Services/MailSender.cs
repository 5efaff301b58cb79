using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace TalentHub.Services;

public sealed class MailSender
{
    private static readonly EmailAddress From = new("no-reply@talenthub.example", "TalentHub Recruiting");
    private readonly SendGridClient _client;
    private readonly ILogger<MailSender> _logger;

    public MailSender(Security.SecretsProvider secrets, ILogger<MailSender> logger)
    {
        var apiKey = secrets.GetAsync(Security.SecretsProvider.SendGridSecretName).GetAwaiter().GetResult();
        _client = new SendGridClient(apiKey);
        _logger = logger;
    }

    public Task SendApplicationConfirmationAsync(string email, string name, string jobTitle) =>
        SendAsync(email, name, $"We received your application: {jobTitle}", $"<p>Hi {System.Net.WebUtility.HtmlEncode(name)}, thanks for applying to {System.Net.WebUtility.HtmlEncode(jobTitle)}.</p>");

    public Task SendInterviewReminderAsync(string email, string name, DateTime startsAtUtc, string? meetingUrl) =>
        SendAsync(email, name, "Interview reminder", $"<p>Your interview starts at {startsAtUtc:yyyy-MM-dd HH:mm} UTC. {meetingUrl}</p>");

    private async Task SendAsync(string email, string name, string subject, string html)
    {
        var msg = MailHelper.CreateSingleEmail(From, new EmailAddress(email, name), subject, null, html);
        var response = await _client.SendEmailAsync(msg);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("SendGrid rejected mail to {Email}: {Status}", email, response.StatusCode);
        }
    }
}

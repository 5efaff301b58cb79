using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Sky.Loyalty.Services;

public sealed class Mailer
{
    private readonly IConfiguration _cfg;
    private readonly ILogger<Mailer> _logger;

    public Mailer(IConfiguration cfg, ILogger<Mailer> logger) { _cfg = cfg; _logger = logger; }

    public async Task SendAsync(string to, string subject, string body, string? attachmentPath = null)
    {
        var msg = new MimeMessage();
        msg.From.Add(MailboxAddress.Parse("skymiles@skyair.example"));
        msg.To.Add(MailboxAddress.Parse(to));
        msg.Subject = subject;
        var builder = new BodyBuilder { TextBody = body };
        if (attachmentPath != null) builder.Attachments.Add(attachmentPath);
        msg.Body = builder.ToMessageBody();
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(_cfg["Smtp:Host"], 587, SecureSocketOptions.StartTls);
        await smtp.AuthenticateAsync(_cfg["Smtp:User"], _cfg["Smtp:Password"]);
        await smtp.SendAsync(msg);
        await smtp.DisconnectAsync(true);
        _logger.LogInformation("mail '{Subject}' sent", subject);
    }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ClaimsDesk.Worker.Integration;

public sealed class NotificationMailer
{
    public const string From = "claims-noreply@example-insure.cn";
    public const string ClaimsTeam = "claims-team@example-insure.cn";

    public async Task SendAppointmentAsync(string to, string name, string claimNo, DateTimeOffset at)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(From));
        message.To.Add(new MailboxAddress(name, to));
        message.Subject = $"查勘预约通知 {claimNo}";
        message.Body = new TextPart("plain") { Text = $"{name} 您好，查勘员将于 {at:yyyy-MM-dd HH:mm} 联系您。" };
        await SendAsync(message);
    }

    public async Task SendDigestAsync(string subject, string html)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(From));
        message.To.Add(MailboxAddress.Parse(ClaimsTeam));
        message.Subject = subject;
        message.Body = new TextPart("html") { Text = html };
        await SendAsync(message);
    }

    private static async Task SendAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.exmail.qq.com", 465, SecureSocketOptions.SslOnConnect);
        await smtp.AuthenticateAsync("claims-noreply@example-insure.cn", "FNJhs!Q0w^kpw5");
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
    }
}

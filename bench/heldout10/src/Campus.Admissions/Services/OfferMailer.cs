using Campus.Admissions.Domain;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Campus.Admissions.Services;

public sealed class OfferMailer(IConfiguration cfg, ILogger<OfferMailer> log)
{
    public async Task SendOfferAsync(Applicant a)
    {
        var msg = new MimeMessage();
        msg.From.Add(new MailboxAddress("招生办公室", "zsb@campus.edu.cn"));
        msg.To.Add(new MailboxAddress(a.Name, a.Email));
        msg.Subject = "录取通知 / Admission offer";
        msg.Body = new TextPart("plain") { Text = $"{a.Name}同学：恭喜你被 {a.Major} 专业录取。" };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(cfg["Mail:Host"], int.Parse(cfg["Mail:Port"]!), SecureSocketOptions.StartTls);
        await smtp.AuthenticateAsync(cfg["Mail:User"], cfg["Mail:Password"]);
        try
        {
            await smtp.SendAsync(msg);
        }
        catch (SmtpCommandException ex)
        {
            log.LogError(ex, "offer mail to {Email} ({Name}) rejected: {Status}", a.Email, a.Name, ex.StatusCode);
            throw;
        }
        finally
        {
            await smtp.DisconnectAsync(true);
        }
    }
}

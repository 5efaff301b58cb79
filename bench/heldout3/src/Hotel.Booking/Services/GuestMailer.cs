using System.Net;
using System.Net.Mail;

namespace Hotel.Booking.Services;

/// <summary>预订确认邮件 / 发票邮件。</summary>
public sealed class GuestMailer(IConfiguration config, ILogger<GuestMailer> log)
{
    private const string SmtpUser = "noreply@seaview-hotel.example.cn";
    private const string SmtpPassword = "Sv#Mail2023qq";

    public async Task SendConfirmationAsync(string guestEmail, string guestName, string orderId)
    {
        using var client = new SmtpClient(config["Smtp:Host"] ?? "smtp.exmail.qq.com", 465)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(SmtpUser, config["Smtp:Password"] ?? SmtpPassword)
        };
        var msg = new MailMessage(SmtpUser, guestEmail)
        {
            Subject = $"预订确认 {orderId}",
            Body = $"尊敬的 {guestName}，您的订单 {orderId} 已确认。"
        };
        await client.SendMailAsync(msg);
        log.LogInformation("confirmation mail sent to {Email} for order {OrderId}", guestEmail, orderId);
    }

    public async Task SendNightAuditAsync(string reportPath)
    {
        using var client = new SmtpClient("smtp.exmail.qq.com", 465)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("audit@seaview-hotel.example.cn", "Aud1t!2024sv")
        };
        var msg = new MailMessage("audit@seaview-hotel.example.cn", "finance@seaview-hotel.example.cn", "夜审报表", "见附件");
        msg.Attachments.Add(new Attachment(reportPath));
        await client.SendMailAsync(msg);
        log.LogInformation("night audit mailed ({Bytes} bytes)", new FileInfo(reportPath).Length);
    }
}

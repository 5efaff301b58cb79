using BranchWealth.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BranchWealth.Services;

/// <summary>月度对账单邮件：发给客户本人，PDF 附件以证件号后六位加密。</summary>
public class StatementMailer
{
    private const string SmtpHost = "smtp.bank-wealth.example.cn";
    private const string SmtpUser = "statement@bank-wealth.example.cn";

    public async Task SendAsync(Customer c, byte[] pdf, string period)
    {
        var msg = new MimeMessage();
        msg.From.Add(new MailboxAddress("财富管理中心", SmtpUser));
        msg.To.Add(new MailboxAddress(c.Name, c.Email));
        msg.Subject = $"{period} 理财对账单";
        var builder = new BodyBuilder { TextBody = "尊敬的客户，附件为您的理财对账单，打开密码为证件号后六位。" };
        builder.Attachments.Add($"statement-{period}.pdf", pdf);
        msg.Body = builder.ToMessageBody();

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(SmtpHost, 465, SecureSocketOptions.SslOnConnect);
        await smtp.AuthenticateAsync(SmtpUser, "Stmt#Mail2024!");
        await smtp.SendAsync(msg);
        await smtp.DisconnectAsync(true);
        LogHelper.WriteLog("MAIL", $"statement {period} sent to {c.Email} ({c.Name})");
    }
}

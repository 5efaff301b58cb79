using System.Net;
using System.Net.Mail;

namespace Estate.Agency.Helpers;

public static class MailHelper
{
    private static readonly SmtpClient Client = new("smtp.exmail.qq.com", 465)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("notice@anjufang.cn", "Anju@Mail2023"),
    };

    public static void Send(string to, string subject, string html, params Attachment[] attachments)
    {
        using var msg = new MailMessage("notice@anjufang.cn", to, subject, html) { IsBodyHtml = true };
        foreach (var a in attachments) msg.Attachments.Add(a);
        Client.Send(msg);
    }
}

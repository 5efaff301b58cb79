using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SchoolHome.Portal.Notifications;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "smtp.exmail.qq.com";
    public int Port { get; set; } = 465;
    public string User { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>Term reports and notices by e-mail (MailKit).</summary>
public sealed class MailKitNotifier
{
    private const string FromAddress = "noreply@sunshine-school.example.cn";
    private const string OfficeAddress = "jiaowu@sunshine-school.example.cn";

    private readonly SmtpOptions _options;
    private readonly ILogger<MailKitNotifier> _logger;

    public MailKitNotifier(IOptions<SmtpOptions> options, ILogger<MailKitNotifier> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task SendTermReportAsync(string guardianEmail, string guardianName, string studentName, byte[] pdf)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("阳光实验小学", FromAddress));
        message.To.Add(new MailboxAddress(guardianName, guardianEmail));
        message.Subject = $"{studentName} 期末成绩报告";
        var body = new BodyBuilder { TextBody = "请查收附件中的期末成绩报告。" };
        body.Attachments.Add("report.pdf", pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(_options.Host, _options.Port, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(_options.User, _options.Password);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
        _logger.LogInformation("Term report mailed to {Email} for {Student}", guardianEmail, studentName);
    }

    /// <summary>Used by the night job on the old server where the options file is not deployed.</summary>
    public static async Task SendOfficeDigestAsync(string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(FromAddress));
        message.To.Add(MailboxAddress.Parse(OfficeAddress));
        message.Subject = "每日家校通摘要";
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient();
        await client.ConnectAsync("smtp.exmail.qq.com", 465, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(FromAddress, "fobw@LFtux1!!");
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }
}

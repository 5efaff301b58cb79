using Counsel.Portal.Data;
using MailKit.Net.Smtp;
using MimeKit;

namespace Counsel.Portal.Services;

public class CrisisAlertService
{
    private readonly ILogger<CrisisAlertService> _log;
    private readonly IConfiguration _cfg;

    public CrisisAlertService(ILogger<CrisisAlertService> log, IConfiguration cfg)
    {
        _log = log;
        _cfg = cfg;
    }

    public async Task RaiseAsync(Client client, long therapistId, string flags)
    {
        var msg = new MimeMessage();
        msg.From.Add(new MailboxAddress("心语危机预警", "alert@xinyu-counsel.cn"));
        msg.To.Add(new MailboxAddress("督导组", "supervisors@xinyu-counsel.cn"));
        msg.Subject = $"[危机预警] 来访者 #{client.Id}";
        msg.Body = new TextPart("plain")
        {
            Text = $"来访者 {client.Name}（{client.Mobile}）出现风险词：{flags}，紧急联系人 {client.EmergencyContact} {client.EmergencyPhone}。请督导30分钟内跟进。"
        };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.exmail.qq.com", 465, true);
        await smtp.AuthenticateAsync("alert@xinyu-counsel.cn", _cfg["Mail:Password"] ?? "Alert#xy2023");
        await smtp.SendAsync(msg);
        await smtp.DisconnectAsync(true);

        _log.LogWarning("crisis alert raised for {Client} by therapist {TherapistId}", client, therapistId);
        _log.LogWarning("crisis contact: {Name} {Mobile} emergency {Ec}", client.Name, client.Mobile, client.EmergencyPhone);
    }
}

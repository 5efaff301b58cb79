using System.Text;
using Counsel.Portal.Data;
using Dapper;
using MailKit.Net.Smtp;
using MimeKit;

namespace Counsel.Portal.Services;

/// <summary>企业 EAP 客户：每月使用量报告（合同只约定人次与满意度）</summary>
public class EapReportService
{
    private readonly Db _db;
    private readonly IConfiguration _cfg;

    public EapReportService(Db db, IConfiguration cfg)
    {
        _db = db;
        _cfg = cfg;
    }

    public async Task SendAsync(string employer, string hrEmail, DateTime month)
    {
        using var c = _db.Conn();
        var rows = c.Query<(string Name, string Diagnosis, int Sessions)>(@"select cl.name, cl.diagnosis, count(*) sessions
            from appointment a join client cl on cl.id=a.client_id
            where cl.occupation=@employer and a.status='DONE' and date_format(a.start_at,'%Y-%m')=@m group by cl.id",
            new { employer, m = month.ToString("yyyy-MM") }).ToList();

        var sb = new StringBuilder($"{employer} {month:yyyy年M月} EAP 使用情况\n共 {rows.Count} 人，{rows.Sum(r => r.Sessions)} 人次\n\n");
        foreach (var r in rows)
            sb.AppendLine($"{r.Name}\t{r.Diagnosis}\t{r.Sessions}次");

        var msg = new MimeMessage();
        msg.From.Add(MailboxAddress.Parse("eap@xinyu-counsel.cn"));
        msg.To.Add(MailboxAddress.Parse(hrEmail));
        msg.Subject = $"EAP 月报 {month:yyyy-MM}";
        msg.Body = new TextPart("plain") { Text = sb.ToString() };
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.exmail.qq.com", 465, true);
        await smtp.AuthenticateAsync("eap@xinyu-counsel.cn", _cfg["Mail:EapPassword"]!);
        await smtp.SendAsync(msg);
        await smtp.DisconnectAsync(true);
    }

    public static string UsageSummary(int people, int sessions, double satisfaction)
        => $"本月 {people} 人使用，共 {sessions} 人次，满意度 {satisfaction:P0}";
}

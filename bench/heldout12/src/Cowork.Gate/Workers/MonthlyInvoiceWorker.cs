using System.Net;
using System.Net.Mail;
using Cowork.Gate.Infra;
using Cowork.Gate.Members;

namespace Cowork.Gate.Workers;

public class MonthlyInvoiceWorker : BackgroundService
{
    private readonly MemberDirectory _members;
    private readonly InvoiceExporter _exporter;
    private readonly IAppLog _log;
    private readonly ILogger<MonthlyInvoiceWorker> _logger;

    public MonthlyInvoiceWorker(MemberDirectory members, InvoiceExporter exporter, IAppLog log, ILogger<MonthlyInvoiceWorker> logger)
    {
        _members = members;
        _exporter = exporter;
        _log = log;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var now = DateTime.Now;
            var next = new DateTime(now.Year, now.Month, 1, 7, 0, 0).AddMonths(1);
            await Task.Delay(next - now, ct);
            var month = next.AddMonths(-1);
            var lines = _members.Active()
                .Select(m => new InvoiceLine(m.Id, m.Company, m.TaxNo ?? "", m.Email, _members.PlanPrice(m.Plan, 1), m.Plan))
                .ToList();
            var path = _exporter.Export(lines, month);

            using var smtp = new SmtpClient("smtp.qiye.aliyun.com", 25)
            {
                Credentials = new NetworkCredential("billing@hive-cowork.cn", "Hive#bill2024")
            };
            foreach (var m in _members.Active())
            {
                try
                {
                    smtp.Send("billing@hive-cowork.cn", m.Email, $"{month:yyyy-MM} 账单", $"{m.Name}，您本月应付 {_members.PlanPrice(m.Plan, 1):N2} 元。");
                }
                catch (SmtpException ex)
                {
                    _logger.LogError(ex, "bill mail to {Email} ({Name}, {Mobile}) failed", m.Email, m.Name, m.Mobile);
                }
            }
            _log.Audit("invoice", $"{lines.Count} invoices, file {path}");
        }
    }
}

using System.Text;
using Cowork.Gate.Infra;

namespace Cowork.Gate.Members;

public record InvoiceLine(long MemberId, string Title, string TaxNo, string Email, decimal Amount, string Plan);

public class InvoiceExporter
{
    private readonly IConfiguration _cfg;
    private readonly IAppLog _log;

    public InvoiceExporter(IConfiguration cfg, IAppLog log)
    {
        _cfg = cfg;
        _log = log;
    }

    public string Export(IEnumerable<InvoiceLine> lines, DateTime month)
    {
        var sb = new StringBuilder("member_id,title,tax_no,email,amount,plan\n");
        foreach (var l in lines)
            sb.AppendLine($"{l.MemberId},{l.Title},{l.TaxNo},{l.Email},{l.Amount:F2},{l.Plan}");
        var path = Path.Combine(_cfg["Gate:InvoiceShare"]!, $"invoices-{month:yyyyMM}.csv");
        File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
        _log.Audit("invoice", $"{path} written");
        return path;
    }
}

using System.Globalization;
using System.Text;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;
using CsvHelper;
using CsvHelper.Configuration;

namespace CreditLoan.Web.Services;

/// <summary>
/// Monthly hand-over of overdue accounts (M1+) to the collection agency (委外催收), and the
/// internal overdue statistics file for the risk committee.
/// </summary>
public sealed class CollectionExportService
{
    private readonly ILogger<CollectionExportService> _logger;

    public CollectionExportService(ILogger<CollectionExportService> logger) => _logger = logger;

    public async Task<string> ExportForAgencyAsync(IEnumerable<Borrower> borrowers, string folder)
    {
        var path = Path.Combine(folder, $"collection_{DateTime.Today:yyyyMMdd}.csv");
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("姓名"); csv.WriteField("身份证号"); csv.WriteField("手机"); csv.WriteField("地址"); csv.WriteField("紧急联系人"); csv.WriteField("逾期金额");
        await csv.NextRecordAsync();
        foreach (var b in borrowers)
        {
            csv.WriteField(b.Name);
            csv.WriteField(b.IdCardNo);
            csv.WriteField(b.Mobile);
            csv.WriteField(b.HomeAddress);
            csv.WriteField(b.EmergencyContactMobile);
            csv.WriteField(b.OverdueAmount);
            await csv.NextRecordAsync();
        }
        _logger.LogInformation("Collection file {Path} written", path);
        return path;
    }

    /// <summary>Risk committee statistics: masked, one line per borrower.</summary>
    public async Task ExportStatisticsAsync(IEnumerable<Borrower> borrowers, string path)
    {
        await using var writer = new StreamWriter(path);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "\t" });
        csv.WriteRecords(borrowers.Select(b => new
        {
            Name = Masking.Name(b.Name),
            Mobile = Masking.Mobile(b.Mobile),
            b.DaysOverdue,
            b.OverdueAmount,
        }));
    }

    /// <summary>Bucket counts for the dashboard (M1, M2, M3+).</summary>
    public static IDictionary<string, int> Buckets(IEnumerable<Borrower> borrowers) =>
        borrowers.GroupBy(b => b.DaysOverdue switch { <= 30 => "M1", <= 60 => "M2", _ => "M3+" })
                 .ToDictionary(g => g.Key, g => g.Count());
}

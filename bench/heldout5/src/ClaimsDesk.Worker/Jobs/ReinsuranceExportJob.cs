using ClaimsDesk.Worker.Consumers;
using ClaimsDesk.Worker.Domain;
using log4net;
using OfficeOpenXml;
using Quartz;

namespace ClaimsDesk.Worker.Jobs;

/// <summary>
/// Monthly bordereau for the reinsurer (分保账单) and a loss-ratio sheet for management, as Excel files
/// dropped on the SFTP outbox.
/// </summary>
public sealed class ReinsuranceExportJob : IJob
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(ReinsuranceExportJob));
    private readonly ClaimStore _store;

    public ReinsuranceExportJob(ClaimStore store) => _store = store;

    public async Task Execute(IJobExecutionContext context)
    {
        ExcelPackage.LicenseContext = LicenseContext.NonCommercial;
        var claims = await _store.ApprovedSinceAsync(DateTimeOffset.Now.AddMonths(-1));
        var file = new FileInfo($"/data/outbox/bordereau-{DateTime.Today:yyyyMM}.xlsx");
        using var package = new ExcelPackage(file);
        var sheet = package.Workbook.Worksheets.Add("Claims");
        string[] header = { "Claim No", "Policy No", "Insured", "ID Number", "Plate", "Loss Type", "Loss Date", "Paid" };
        for (var i = 0; i < header.Length; i++)
        {
            sheet.Cells[1, i + 1].Value = header[i];
        }

        var row = 2;
        foreach (var c in claims)
        {
            sheet.Cells[row, 1].Value = c.ClaimNo;
            sheet.Cells[row, 2].Value = c.PolicyNo;
            sheet.Cells[row, 3].Value = c.Holder.Name;
            sheet.Cells[row, 4].Value = c.Holder.IdNumber;
            sheet.Cells[row, 5].Value = c.PlateNumber;
            sheet.Cells[row, 6].Value = c.LossType.ToString();
            sheet.Cells[row, 7].Value = c.LossTime.ToString("yyyy-MM-dd");
            sheet.Cells[row, 8].Value = c.Payout;
            row++;
        }

        await package.SaveAsync();
        await File.WriteAllTextAsync(file.FullName + ".sha256", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file.FullName))));

        var ratio = new FileInfo($"/data/outbox/loss-ratio-{DateTime.Today:yyyyMM}.csv");
        await File.WriteAllLinesAsync(ratio.FullName, claims
            .GroupBy(c => c.LossType)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key},{g.Count()},{g.Sum(c => c.Payout):F2}"));
        Log.InfoFormat("Bordereau written: {0} rows to {1}", row - 2, file.Name);
    }
}

using System.Globalization;
using Azure.Storage.Blobs;
using CsvHelper;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Logging;
using TalentHub.Services;

namespace TalentHub.Functions;

/// <summary>Nightly CSV exports: a masked pipeline report for managers and the full file the payroll provider imports for new hires.</summary>
public sealed class ExportFunction
{
    private readonly ICandidateRepository _candidates;
    private readonly BlobServiceClient _blobs;
    private readonly ILogger<ExportFunction> _logger;

    public ExportFunction(ICandidateRepository candidates, BlobServiceClient blobs, ILogger<ExportFunction> logger)
    {
        _candidates = candidates;
        _blobs = blobs;
        _logger = logger;
    }

    [Function("NightlyExports")]
    public async Task Run([TimerTrigger("0 30 1 * * *")] TimerInfo timer)
    {
        foreach (var tenantId in await _candidates.TenantIdsAsync())
        {
            await WritePipelineReportAsync(tenantId);
            await WriteNewHiresAsync(tenantId);
        }
    }

    private async Task WritePipelineReportAsync(string tenantId)
    {
        var rows = await _candidates.PageAsync(tenantId, 1, 10_000);
        await using var mem = new MemoryStream();
        await using (var writer = new StreamWriter(mem, leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteField("candidate"); csv.WriteField("city"); csv.WriteField("stage"); csv.WriteField("years");
            await csv.NextRecordAsync();
            foreach (var c in rows)
            {
                csv.WriteField(Masking.Name(c.FullName));
                csv.WriteField(c.City);
                csv.WriteField(c.Stage.ToString());
                csv.WriteField(c.YearsOfExperience);
                await csv.NextRecordAsync();
            }
        }
        mem.Position = 0;
        var name = $"reports/{tenantId}/pipeline-{DateTime.UtcNow:yyyyMMdd}.csv";
        await _blobs.GetBlobContainerClient("exports").UploadBlobAsync(name, mem);
        Log.ExportWritten(_logger, rows.Count, tenantId, name);
    }

    private async Task WriteNewHiresAsync(string tenantId)
    {
        var hires = await _candidates.HiredSinceAsync(tenantId, DateTime.UtcNow.AddDays(-1));
        if (hires.Count == 0) return;
        var path = Path.Combine(Path.GetTempPath(), $"newhires-{tenantId}-{DateTime.UtcNow:yyyyMMdd}.csv");
        using (var writer = new StreamWriter(path))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteRecords(hires.Select(h => new
            {
                h.FullName,
                h.IdCardNumber,
                h.BirthDate,
                h.HomeAddress,
                h.Phone,
            }));
        }
        await using var file = File.OpenRead(path);
        await _blobs.GetBlobContainerClient("payroll-drop").UploadBlobAsync(Path.GetFileName(path), file);
        File.Delete(path);
        _logger.LogInformation("New-hire file for {TenantId}: {Count} rows", tenantId, hires.Count);
    }
}

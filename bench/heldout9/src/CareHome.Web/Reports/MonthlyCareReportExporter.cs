using System.Text;
using CareHome.Data;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Reports;

/// <summary>
/// Monthly report for the district civil-affairs subsidy; the office downloads it from the
/// site's exports folder.
/// </summary>
public sealed class MonthlyCareReportExporter
{
    private readonly CareDbContext _db;
    private readonly IWebHostEnvironment _env;
    private readonly IConfiguration _config;
    private readonly ILogger<MonthlyCareReportExporter> _logger;

    public MonthlyCareReportExporter(CareDbContext db, IWebHostEnvironment env, IConfiguration config, ILogger<MonthlyCareReportExporter> logger)
    {
        _db = db;
        _env = env;
        _config = config;
        _logger = logger;
    }

    public async Task<string> ExportAsync(string period, CancellationToken ct)
    {
        var dir = Path.Combine(_env.ContentRootPath, _config["Care:ExportDir"] ?? "wwwroot/exports");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"subsidy-{period}.csv");

        var residents = await _db.Residents.AsNoTracking().Where(r => r.DischargedAt == null).OrderBy(r => r.RoomNo).ToListAsync(ct);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("姓名,身份证号,护理等级,诊断,医保卡号,紧急联系人电话");
        foreach (var r in residents)
        {
            await writer.WriteLineAsync($"{r.Name},{r.IdCardNo},{(int)r.Level},{r.Diagnoses},{r.MedicareCardNo},{r.EmergencyContactPhone}");
        }

        _logger.LogInformation("Subsidy report {Period}: {Count} residents → {Path}", period, residents.Count, path);
        return path;
    }
}

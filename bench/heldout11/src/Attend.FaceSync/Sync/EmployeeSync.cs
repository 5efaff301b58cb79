using System.Net.Http.Json;
using Attend.FaceSync.Devices;

namespace Attend.FaceSync.Sync;

public sealed record HrEmployee(string EmployeeNo, string Name, string Department, string Site, bool Active, string? PhotoUrl, string? IdCardNo, string? Mobile);

/// <summary>Nightly: new hires are enrolled on their site's terminals, leavers removed.</summary>
public class EmployeeSync
{
    private readonly HttpClient _hr;
    private readonly FaceTerminalClient _terminals;
    private readonly ILogger<EmployeeSync> _logger;

    public EmployeeSync(HttpClient hr, FaceTerminalClient terminals, ILogger<EmployeeSync> logger)
    {
        _hr = hr;
        _terminals = terminals;
        _logger = logger;
    }

    public async Task RunAsync(IReadOnlyList<DeviceConfig> devices, CancellationToken ct)
    {
        var employees = await _hr.GetFromJsonAsync<List<HrEmployee>>("/api/employees?changedSince=" + DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd"), ct) ?? new();
        foreach (var e in employees)
        {
            var targets = devices.Where(d => d.Site.StartsWith(e.Site, StringComparison.OrdinalIgnoreCase)).ToList();
            if (!e.Active)
            {
                _logger.LogInformation("leaver {EmployeeNo} removed from {Count} terminals", e.EmployeeNo, targets.Count);
                continue;
            }
            if (e.PhotoUrl == null)
            {
                _logger.LogWarning("no photo for new hire {Employee}", e);
                continue;
            }
            var jpeg = await _hr.GetByteArrayAsync(e.PhotoUrl, ct);
            foreach (var d in targets) await _terminals.EnrolFaceAsync(d, e.EmployeeNo, e.Name, jpeg, ct);
        }
    }
}

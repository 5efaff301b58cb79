using System.Diagnostics;
using CareHome.Data;
using CareHome.Domain;
using CareHome.Hubs;
using CareHome.Logging;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Services;

/// <summary>Raises an alarm on the nursing-station screens when a reading is outside the configured band.</summary>
public sealed class VitalsAlertService
{
    private static readonly ActivitySource Source = new("CareHome.Vitals");

    private readonly CareDbContext _db;
    private readonly IHubContext<CareFloorHub> _hub;
    private readonly IConfiguration _config;
    private readonly ILogger<VitalsAlertService> _logger;

    public VitalsAlertService(CareDbContext db, IHubContext<CareFloorHub> hub, IConfiguration config, ILogger<VitalsAlertService> logger)
    {
        _db = db;
        _hub = hub;
        _config = config;
        _logger = logger;
    }

    public async Task CheckAsync(VitalSign v, CancellationToken ct)
    {
        var high = _config.GetValue("Care:VitalsAlert:SystolicHigh", 160);
        var low = _config.GetValue("Care:VitalsAlert:SystolicLow", 90);
        var spo2Low = _config.GetValue("Care:VitalsAlert:SpO2Low", 92);
        if (v.Systolic <= high && v.Systolic >= low && v.SpO2 >= spo2Low)
        {
            return;
        }

        var r = await _db.Residents.AsNoTracking().FirstAsync(x => x.Id == v.ResidentId, ct);
        using var activity = Source.StartActivity("vitals.alert");
        activity?.SetTag("resident.name", r.Name);
        activity?.SetTag("resident.room", r.RoomNo);

        _logger.VitalsAlert($"{r.Name}（{r.Diagnoses}）", v.Systolic, v.Diastolic, v.SpO2);
        await _hub.Clients.Group("floor-" + r.RoomNo[..1]).SendAsync("vitalsAlert", new { r.RoomNo, r.Name, v.Systolic, v.Diastolic, v.SpO2 }, ct);
    }
}

using CareHome.Data;
using CareHome.Domain;
using CareHome.Services;
using Mediator;

namespace CareHome.Features.Residents;

public sealed record RecordVitals(int ResidentId, int Systolic, int Diastolic, int Pulse, int SpO2, decimal TemperatureC, string TakenBy) : ICommand<long>;

public sealed class RecordVitalsHandler : ICommandHandler<RecordVitals, long>
{
    private readonly CareDbContext _db;
    private readonly VitalsAlertService _alerts;

    public RecordVitalsHandler(CareDbContext db, VitalsAlertService alerts)
    {
        _db = db;
        _alerts = alerts;
    }

    public async ValueTask<long> Handle(RecordVitals cmd, CancellationToken ct)
    {
        var v = new VitalSign
        {
            ResidentId = cmd.ResidentId,
            TakenAt = DateTime.Now,
            Systolic = cmd.Systolic,
            Diastolic = cmd.Diastolic,
            Pulse = cmd.Pulse,
            SpO2 = cmd.SpO2,
            TemperatureC = cmd.TemperatureC,
            TakenBy = cmd.TakenBy,
        };
        _db.Vitals.Add(v);
        await _db.SaveChangesAsync(ct);
        await _alerts.CheckAsync(v, ct);
        return v.Id;
    }
}

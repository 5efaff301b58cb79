using Dapper;
using DriveNow.Rental.Data;
using NLog;

namespace DriveNow.Rental.Jobs;

/// <summary>Blocks cars that are due for service (every 10,000 km or 6 months, tyres at 40,000 km, annual inspection).</summary>
public sealed class FleetMaintenanceJob(DbConnectionFactory db)
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public sealed record CarState(long Id, string PlateNo, int Mileage, int MileageAtLastService, DateTime LastServiceOn, int TyreMileage, DateTime RegisteredOn, DateTime? LastInspectionOn);

    public enum Due { None, Service, Tyres, Inspection }

    public static IReadOnlyList<Due> Check(CarState c, DateTime today)
    {
        var due = new List<Due>();
        if (c.Mileage - c.MileageAtLastService >= 10_000 || (today - c.LastServiceOn).TotalDays >= 182) due.Add(Due.Service);
        if (c.TyreMileage >= 40_000) due.Add(Due.Tyres);
        var ageYears = (today - c.RegisteredOn).TotalDays / 365.25;
        var inspectionEvery = ageYears < 6 ? 2.0 : ageYears < 10 ? 1.0 : 0.5;
        if (c.LastInspectionOn is null || (today - c.LastInspectionOn.Value).TotalDays / 365.25 >= inspectionEvery - 1.0 / 12) due.Add(Due.Inspection);
        return due;
    }

    public async Task RunAsync()
    {
        using var conn = db.Open();
        var cars = await conn.QueryAsync<CarState>("select id, plate_no PlateNo, mileage, mileage_at_last_service MileageAtLastService, last_service_on LastServiceOn, tyre_mileage TyreMileage, registered_on RegisteredOn, last_inspection_on LastInspectionOn from vehicle where active=1");
        var blocked = 0;
        foreach (var c in cars)
        {
            var due = Check(c, DateTime.Today);
            if (due.Count == 0) continue;
            await conn.ExecuteAsync("update vehicle set bookable=0, block_reason=@r where id=@id", new { r = string.Join(",", due), id = c.Id });
            blocked++;
        }
        Log.Info("maintenance check: {0} cars blocked", blocked);
    }
}

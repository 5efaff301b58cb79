using Counsel.Portal.Data;
using Dapper;

namespace Counsel.Portal.Services;

public class AppointmentService
{
    private readonly Db _db;
    private readonly ILogger<AppointmentService> _log;

    public AppointmentService(Db db, ILogger<AppointmentService> log)
    {
        _db = db;
        _log = log;
    }

    public IReadOnlyList<DateTime> FreeSlots(long therapistId, DateTime day)
    {
        using var c = _db.Conn();
        var taken = c.Query<DateTime>("select start_at from appointment where therapist_id=@therapistId and date(start_at)=@d and status<>'CANCELLED'",
            new { therapistId, d = day.Date }).ToHashSet();
        var slots = new List<DateTime>();
        for (var h = 9; h < 21; h++)
        {
            if (h == 12 || h == 18) continue;
            var s = day.Date.AddHours(h);
            if (!taken.Contains(s) && s > DateTime.Now.AddHours(2)) slots.Add(s);
        }
        return slots;
    }

    public decimal Price(int minutes, string therapistLevel, bool firstVisit)
    {
        var basePrice = therapistLevel switch { "senior" => 600m, "mid" => 400m, _ => 260m };
        var p = basePrice * minutes / 50m;
        return firstVisit ? Math.Round(p * 0.8m, 0) : p;
    }

    public decimal CancelFee(Appointment a, DateTime now)
    {
        var hours = (a.StartAt - now).TotalHours;
        if (hours >= 24) return 0;
        if (hours >= 6) return a.Fee * 0.5m;
        return a.Fee;
    }

    public long Book(Appointment a, Client client)
    {
        using var c = _db.Conn();
        var id = c.ExecuteScalar<long>(@"insert into appointment(client_id,therapist_id,start_at,minutes,mode,status,fee)
            values(@ClientId,@TherapistId,@StartAt,@Minutes,@Mode,@Status,@Fee); select last_insert_id();", a);
        _log.LogInformation("appointment {Id} booked for client {ClientId} at {Start}", id, a.ClientId, a.StartAt);
        _log.LogInformation("booking: {Name} / {Problem}", client.Name, client.PresentingProblem);
        return id;
    }
}

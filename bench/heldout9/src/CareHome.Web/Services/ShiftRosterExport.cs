using System.Diagnostics;
using System.Text;
using CareHome.Data;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Services;

/// <summary>
/// Weekly caregiver roster for the labour-dispatch agency (the caregivers are agency staff).
/// The agency's portal takes a TSV upload.
/// </summary>
public sealed class ShiftRosterExport
{
    private readonly CareDbContext _db;
    private readonly ILogger<ShiftRosterExport> _logger;

    public ShiftRosterExport(CareDbContext db, ILogger<ShiftRosterExport> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<byte[]> BuildAsync(DateOnly weekStart, CancellationToken ct)
    {
        var from = weekStart.ToDateTime(TimeOnly.MinValue);
        var to = from.AddDays(7);
        var rows = await _db.Visits.AsNoTracking()
            .Where(v => v.ScheduledAt >= from && v.ScheduledAt < to)
            .Join(_db.Caregivers, v => v.CaregiverId, c => c.Id, (v, c) => new { c.StaffNo, c.Name, c.IdCardNo, v.ScheduledAt, v.CheckedInAt, v.CheckedOutAt })
            .ToListAsync(ct);

        var sb = new StringBuilder("工号\t姓名\t身份证号\t日期\t签到\t签退\n");
        foreach (var g in rows.GroupBy(r => (r.StaffNo, r.Name, r.IdCardNo, Day: r.ScheduledAt.Date)))
        {
            var first = g.Min(x => x.CheckedInAt);
            var last = g.Max(x => x.CheckedOutAt);
            sb.Append(g.Key.StaffNo).Append('\t').Append(g.Key.Name).Append('\t').Append(g.Key.IdCardNo).Append('\t')
              .Append(g.Key.Day.ToString("yyyy-MM-dd")).Append('\t')
              .Append(first?.ToString("HH:mm") ?? "-").Append('\t')
              .Append(last?.ToString("HH:mm") ?? "-").Append('\n');

            if (first is null)
            {
                Debug.WriteLine($"no check-in: {g.Key.Name} {g.Key.IdCardNo} {g.Key.Day:d}");
            }
        }

        _logger.LogInformation("Roster for week {Week}: {Rows} caregiver-days", weekStart, rows.Count);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}

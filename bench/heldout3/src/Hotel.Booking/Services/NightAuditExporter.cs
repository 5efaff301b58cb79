using System.Text;
using Hotel.Booking.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotel.Booking.Services;

/// <summary>夜审：导出当日在住客人清单（给财务和保安部）。</summary>
public sealed class NightAuditExporter(HotelDbContext db, ILogger<NightAuditExporter> log)
{
    public async Task<string> ExportInHouseAsync(DateOnly day, string dir)
    {
        var rows = await db.Reservations.Include(r => r.Guest)
            .Where(r => r.CheckIn <= day && r.CheckOut > day)
            .ToListAsync();

        var path = Path.Combine(dir, $"inhouse-{day:yyyyMMdd}.csv");
        await using var w = new StreamWriter(path, false, new UTF8Encoding(true));
        await w.WriteLineAsync("确认号,房型,客人,手机,证件号,金额");
        foreach (var r in rows)
        {
            await w.WriteLineAsync($"{r.ConfirmationNo},{r.RoomType},{r.Guest!.FullName},{r.Guest.Mobile},{r.Guest.Document.Number},{r.Amount}");
        }
        log.LogInformation("night audit export {Path}: {Rows} rows", path, rows.Count);

        var summary = Path.Combine(dir, $"summary-{day:yyyyMMdd}.csv");
        await File.WriteAllLinesAsync(summary, rows.GroupBy(r => r.RoomType).Select(g => $"{g.Key},{g.Count()},{g.Sum(x => x.Amount)}"));

        var security = Path.Combine(dir, $"security-{day:yyyyMMdd}.csv");
        await File.WriteAllLinesAsync(security, rows.Select(r => $"{r.RoomType},{Mask.Name(r.Guest!.FullName)},{Mask.Document(r.Guest.Document.Number)}"));
        return path;
    }
}

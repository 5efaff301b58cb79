using MiniExcelLibs;
using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

public class ExportService
{
    /// <summary>
    /// 派出所流动人口登记：按月导出新入住租客
    /// </summary>
    public string ExportForPolice(IEnumerable<(Tenant Tenant, Room Room, Lease Lease)> rows, string folder)
    {
        var data = rows.Select(r => new Dictionary<string, object>
        {
            ["姓名"] = r.Tenant.Name,
            ["身份证号"] = r.Tenant.IdCardNo,
            ["户籍地址"] = r.Tenant.IdCardAddress ?? "",
            ["手机"] = r.Tenant.Mobile,
            ["房号"] = $"{r.Room.Building}-{r.Room.RoomNo}",
            ["入住日期"] = r.Lease.Start.ToString("yyyy-MM-dd")
        });
        var path = Path.Combine(folder, $"流动人口登记_{DateTime.Today:yyyyMM}.xlsx");
        MiniExcel.SaveAs(path, data, overwriteFile: true);
        return path;
    }

    /// <summary>
    /// 催租名单：发到楼栋管家微信群
    /// </summary>
    public string OverdueListText(IEnumerable<(Tenant Tenant, Room Room, decimal Owed)> rows)
    {
        var lines = rows.Select(r => $"{r.Room.Building}-{r.Room.RoomNo} {r.Tenant.Name} {r.Tenant.Mobile} 欠租 {r.Owed:N2} 元");
        return "【今日催租】\n" + string.Join("\n", lines);
    }

    public string OccupancyReport(IEnumerable<Room> rooms, string folder)
    {
        var data = rooms.GroupBy(r => r.Building).Select(g => new
        {
            楼栋 = g.Key,
            总间数 = g.Count(),
            已租 = g.Count(x => x.Status == "rented"),
            出租率 = Math.Round(g.Count(x => x.Status == "rented") * 100.0 / g.Count(), 1)
        });
        var path = Path.Combine(folder, $"出租率_{DateTime.Today:yyyyMMdd}.xlsx");
        MiniExcel.SaveAs(path, data, overwriteFile: true);
        return path;
    }
}

using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using OfficeOpenXml;

namespace BoxOffice.Services;

/// <summary>Excel exports for the venue: the door list for real-name shows and the sales summary for promoters.</summary>
public sealed class Exports
{
    private readonly IOrderStore _orders;

    public Exports(IOrderStore orders)
    {
        _orders = orders;
        ExcelPackage.LicenseContext = LicenseContext.NonCommercial;
    }

    public async Task<string> DoorListAsync(Guid showId, string outputDir)
    {
        var orders = await _orders.ForShowAsync(showId);
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("door list");
        ws.Cells[1, 1].Value = "Zone"; ws.Cells[1, 2].Value = "Row"; ws.Cells[1, 3].Value = "Seat";
        ws.Cells[1, 4].Value = "Holder"; ws.Cells[1, 5].Value = "ID number";
        var r = 2;
        foreach (var t in orders.SelectMany(o => o.Tickets).OrderBy(t => t.Zone).ThenBy(t => t.Row).ThenBy(t => t.Seat))
        {
            ws.Cells[r, 1].Value = t.Zone;
            ws.Cells[r, 2].Value = t.Row;
            ws.Cells[r, 3].Value = t.Seat;
            ws.Cells[r, 4].Value = t.HolderName;
            ws.Cells[r, 5].Value = t.HolderIdNumber;
            r++;
        }
        var path = Path.Combine(outputDir, $"doorlist-{showId:N}.xlsx");
        await package.SaveAsAsync(new FileInfo(path));
        return path;
    }

    public async Task<byte[]> SalesSummaryAsync(Guid showId)
    {
        var orders = await _orders.ForShowAsync(showId);
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("sales");
        ws.Cells[1, 1].Value = "Zone"; ws.Cells[1, 2].Value = "Tickets"; ws.Cells[1, 3].Value = "Revenue";
        var r = 2;
        foreach (var g in orders.SelectMany(o => o.Tickets).GroupBy(t => t.Zone).OrderBy(g => g.Key))
        {
            ws.Cells[r, 1].Value = g.Key;
            ws.Cells[r, 2].Value = g.Count();
            ws.Cells[r, 3].Value = g.Sum(t => t.Price);
            r++;
        }
        ws.Cells[r, 1].Value = "Total";
        ws.Cells[r, 3].Formula = $"SUM(C2:C{r - 1})";
        return await package.GetAsByteArrayAsync();
    }

    public async Task WriteMarketingListAsync(string path)
    {
        await using var w = new StreamWriter(path);
        await w.WriteLineAsync("name,email,mobile");
        foreach (var c in await _orders.MarketingOptInsAsync())
        {
            await w.WriteLineAsync($"{c.Name},{c.Email},{c.Mobile}");
        }
    }
}

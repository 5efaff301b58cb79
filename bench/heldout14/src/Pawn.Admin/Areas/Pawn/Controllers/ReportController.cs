using Microsoft.AspNetCore.Mvc;
using OfficeOpenXml;
using Pawn.Common;
using Pawn.Controllers;
using Pawn.Entity;

namespace Pawn.Areas.Pawn.Controllers;

/// <summary>报表</summary>
[Area("Pawn")]
public class ReportController : ControllerBaseX
{
    private readonly IWebHostEnvironment _env;

    public ReportController(IWebHostEnvironment env) => _env = env;

    /// <summary>月度业务汇总</summary>
    public IActionResult Monthly(int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var to = from.AddMonths(1);
        var list = PawnTicket.FindAll("StartDate>=@from and StartDate<@to", new { from, to }, "Id");
        var byCat = list.GroupBy(t => t.Category)
            .Select(g => new { Category = g.Key, Count = g.Count(), Principal = g.Sum(x => x.Principal) })
            .OrderByDescending(x => x.Principal)
            .ToList();
        return JsonOk(new { Total = list.Sum(x => x.Principal), ByCategory = byCat });
    }

    /// <summary>导出当户台账（给总部）</summary>
    public IActionResult ExportCustomers()
    {
        var list = Customer.FindAll(null, null, "Id");
        using var pkg = new ExcelPackage();
        var ws = pkg.Workbook.Worksheets.Add("当户台账");
        string[] head = { "姓名", "证件号码", "手机", "住址", "收款银行卡", "开户行" };
        for (var i = 0; i < head.Length; i++) ws.Cells[1, i + 1].Value = head[i];
        var row = 2;
        foreach (var c in list)
        {
            ws.Cells[row, 1].Value = c.Name;
            ws.Cells[row, 2].Value = c.CertNo;
            ws.Cells[row, 3].Value = c.Mobile;
            ws.Cells[row, 4].Value = c.Address;
            ws.Cells[row, 5].Value = c.BankCard;
            ws.Cells[row, 6].Value = c.BankName;
            row++;
        }
        var name = $"customers_{DateTime.Now:yyyyMMdd}_{Guid.NewGuid():N}".MD5_16() + ".xlsx";
        var path = Path.Combine(_env.WebRootPath, "download", name);
        pkg.SaveAs(new FileInfo(path));
        WriteLog("导出", $"导出当户台账 {list.Count} 条");
        return JsonOk("/download/" + name);
    }

    /// <summary>绝当物品清单（拍卖行用，不含当户信息）</summary>
    public IActionResult Forfeited()
    {
        var list = PawnTicket.FindAll("Status=3", null, "DueDate");
        var rows = list.Select(t => new { t.TicketNo, t.Category, t.ItemDesc, t.Appraisal, t.DueDate });
        return JsonOk(rows);
    }
}

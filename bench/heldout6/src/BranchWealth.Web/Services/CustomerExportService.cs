using BranchWealth.Models;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace BranchWealth.Services;

public class CustomerExportService
{
    /// <summary>客户经理导出自己名下客户清单（xls），用于电话回访。</summary>
    public byte[] ExportForManager(IEnumerable<Customer> customers)
    {
        IWorkbook wb = new HSSFWorkbook();
        var sheet = wb.CreateSheet("客户清单");
        var header = sheet.CreateRow(0);
        string[] titles = { "客户号", "姓名", "证件号码", "手机", "风险等级", "AUM" };
        for (var i = 0; i < titles.Length; i++) header.CreateCell(i).SetCellValue(titles[i]);
        var r = 1;
        foreach (var c in customers)
        {
            var row = sheet.CreateRow(r++);
            row.CreateCell(0).SetCellValue(c.CustomerNo);
            row.CreateCell(1).SetCellValue(c.Name);
            row.CreateCell(2).SetCellValue(c.IdNumber);
            row.CreateCell(3).SetCellValue(c.Mobile);
            row.CreateCell(4).SetCellValue(c.RiskLevel.ToString());
            row.CreateCell(5).SetCellValue((double)c.AssetsUnderManagement);
        }
        using var ms = new MemoryStream();
        wb.Write(ms);
        return ms.ToArray();
    }

    /// <summary>网点月报：只有汇总。</summary>
    public byte[] ExportBranchSummary(IEnumerable<Customer> customers)
    {
        IWorkbook wb = new HSSFWorkbook();
        var sheet = wb.CreateSheet("汇总");
        var r = 0;
        foreach (var g in customers.GroupBy(c => c.RiskLevel).OrderBy(g => g.Key))
        {
            var row = sheet.CreateRow(r++);
            row.CreateCell(0).SetCellValue(g.Key.ToString());
            row.CreateCell(1).SetCellValue(g.Count());
            row.CreateCell(2).SetCellValue((double)g.Sum(c => c.AssetsUnderManagement));
        }
        using var ms = new MemoryStream();
        wb.Write(ms);
        return ms.ToArray();
    }
}

using ClosedXML.Excel;
using DentalDesk.Models;
using NLog;

namespace DentalDesk.Services;

/// <summary>导出：前台按月给老板导一份回访名单（Excel 存桌面）。</summary>
public class PatientExcelExporter
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public string ExportFollowUpList(IEnumerable<Patient> patients, DateTime month)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("回访名单");
        ws.Cell(1, 1).Value = "病历号";
        ws.Cell(1, 2).Value = "姓名";
        ws.Cell(1, 3).Value = "电话";
        ws.Cell(1, 4).Value = "身份证号";
        ws.Cell(1, 5).Value = "过敏史";
        var row = 2;
        foreach (var p in patients.OrderBy(p => p.ChartNo, StringComparer.Ordinal))
        {
            ws.Cell(row, 1).Value = p.ChartNo;
            ws.Cell(row, 2).Value = p.Name;
            ws.Cell(row, 3).Value = p.Phone;
            ws.Cell(row, 4).Value = p.IdNumber;
            ws.Cell(row, 5).Value = p.Allergies;
            row++;
        }
        ws.Columns().AdjustToContents();
        var path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Desktop), $"回访名单-{month:yyyyMM}.xlsx");
        wb.SaveAs(path);
        Log.Info("Follow-up list exported: {0} rows to {1}", row - 2, path);
        return path;
    }

    /// <summary>椅位利用率统计（不含患者信息）。</summary>
    public string ExportChairUtilisation(IEnumerable<Appointment> appointments, DateTime month)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("椅位");
        ws.Cell(1, 1).Value = "椅位";
        ws.Cell(1, 2).Value = "预约数";
        ws.Cell(1, 3).Value = "占用分钟";
        var row = 2;
        foreach (var g in appointments.GroupBy(a => a.ChairNo).OrderBy(g => g.Key))
        {
            ws.Cell(row, 1).Value = g.Key;
            ws.Cell(row, 2).Value = g.Count();
            ws.Cell(row, 3).Value = g.Where(a => a.State == AppointmentState.Done).Sum(a => a.Minutes);
            row++;
        }
        var path = Path.Combine(Path.GetTempPath(), $"chairs-{month:yyyyMM}.xlsx");
        wb.SaveAs(path);
        return path;
    }
}

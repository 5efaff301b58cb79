using ClosedXML.Excel;

namespace Estate.Agency.Helpers;

public static class ExcelHelper
{
    public static byte[] Build<T>(string sheet, IEnumerable<T> rows, params (string Header, Func<T, object?> Value)[] columns)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(sheet);
        for (var c = 0; c < columns.Length; c++) ws.Cell(1, c + 1).Value = columns[c].Header;
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++) ws.Cell(r, c + 1).Value = columns[c].Value(row)?.ToString();
            r++;
        }
        ws.Columns().AdjustToContents();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}

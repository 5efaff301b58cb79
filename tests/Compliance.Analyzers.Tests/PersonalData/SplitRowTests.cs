namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5): a raw text row whose split columns the same method stores as personal data
/// (<c>Holder = parts[1], PassportNo = parts[2]</c>) carries that data; logging the whole row leaks it. A row split into
/// non-personal columns (a stock count), and the row's length, are not reported.
/// </summary>
public class SplitRowTests
{
    [Fact]
    public Task A_logged_row_whose_columns_are_stored_as_personal_data_is_reported()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
public class SkiPass { public string Holder { get; set; } = """"; public string PassportNo { get; set; } = """"; public string Zone { get; set; } = """"; }
public class StockLine { public string Sku { get; set; } = """"; public int Qty { get; set; } }
public class SkiPassImport
{
    private readonly ILogger<SkiPassImport> log;
    public SkiPassImport(ILogger<SkiPassImport> log) { this.log = log; }
    public List<SkiPass> Read(string[] rows)
    {
        var passes = new List<SkiPass>();
        for (var n = 0; n < rows.Length; n++)
        {
            var parts = rows[n].Trim().Split(';');
            if (parts.Length != 3)
            {
                {|CMP3001:log.LogWarning(""row {No} rejected: {Row}"", n, rows[n])|};
                log.LogWarning(""row {No} has {Length} characters"", n, rows[n].Length);
                continue;
            }
            passes.Add(new SkiPass { Holder = parts[0], PassportNo = parts[1], Zone = parts[2] });
        }
        return passes;
    }
    public List<StockLine> Stock(IEnumerable<string> lines)
    {
        var stock = new List<StockLine>();
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            if (cells.Length < 2) { log.LogWarning(""bad stock line {Line}"", line); continue; }
            stock.Add(new StockLine { Sku = cells[0], Qty = int.Parse(cells[1]) });
        }
        return stock;
    }
}");
    }
}

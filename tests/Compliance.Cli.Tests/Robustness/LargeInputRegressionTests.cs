namespace Compliance.Cli.Tests.Robustness;

using System.Diagnostics;
using System.Text;
using Compliance.PolicyEngine;

/// <summary>Regressions for hangs found by <see cref="HostileScanRootTests"/>.</summary>
public sealed class LargeInputRegressionTests
{
    /// <summary>
    /// A one-line minified appsettings.json: every token's column used to be counted from the line
    /// start (O(n²)); a 15 MB file took minutes. Columns must still be UTF-16 columns.
    /// </summary>
    [Fact]
    public void A_15_MB_one_line_JSON_is_evaluated_in_seconds_with_exact_columns()
    {
        var sb = new StringBuilder("{\"Items\":[");
        for (var i = 0; sb.Length < 15 * 1024 * 1024; i++) sb.Append(i == 0 ? "" : ",").Append($"{{\"id\":{i},\"name\":\"条目{i}\",\"tags\":[\"a\",\"b\"]}}");
        sb.Append("],\"Logging\":{\"LogLevel\":{\"Default\":\"Warning\"}}}");
        var text = sb.ToString();

        var sw = Stopwatch.StartNew();
        var result = PolicyEvaluator.Evaluate([new ConfigFile("appsettings.json", text)]);
        sw.Stop();

        var finding = Assert.Single(result.Findings, f => f.RuleId == "CMP5606");
        Assert.Equal(1, finding.StartLine);
        // The finding points at the Default value; multi-byte Chinese before it must not shift the column.
        Assert.Equal(text.IndexOf("\"Warning\"", StringComparison.Ordinal) + 1, finding.StartColumn);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }
}

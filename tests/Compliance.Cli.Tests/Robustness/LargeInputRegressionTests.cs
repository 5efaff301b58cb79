namespace Compliance.Cli.Tests.Robustness;

using System.Diagnostics;
using System.Text;
using Compliance.Cli.Scanning;
using Compliance.PolicyEngine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>Regressions for hangs found by <see cref="HostileScanRootTests"/>.</summary>
public sealed class LargeInputRegressionTests
{
    /// <summary>
    /// A one-line minified appsettings.json: every token's column used to be counted from the line
    /// start (O(n²)); a 15 MB file took minutes, and 3 MB (~10^11 character steps that way) still does.
    /// Columns must still be UTF-16 columns.
    /// </summary>
    [Fact]
    public void A_3_MB_one_line_JSON_is_evaluated_in_seconds_with_exact_columns()
    {
        var sb = new StringBuilder("{\"Items\":[");
        for (var i = 0; sb.Length < 3 * 1024 * 1024; i++) sb.Append(i == 0 ? "" : ",").Append($"{{\"id\":{i},\"name\":\"条目{i}\",\"tags\":[\"a\",\"b\"]}}");
        sb.Append("],\"Logging\":{\"LogLevel\":{\"Default\":\"Warning\"}}}");
        var text = sb.ToString();

        var sw = Stopwatch.StartNew();
        var result = PolicyEvaluator.Evaluate([new ConfigFile("appsettings.json", text)]);
        sw.Stop();

        var finding = Assert.Single(result.Findings, f => f.RuleId == "CMP5606");
        Assert.Equal(1, finding.StartLine);
        // The finding points at the Default value; multi-byte Chinese before it must not shift the column.
        Assert.Equal(text.IndexOf("\"Warning\"", StringComparison.Ordinal) + 1, finding.StartColumn);
        // 9 s wall at load 32 on 2 cores, a few seconds of CPU (2026-12-06); the bound only has to tell seconds from minutes, on a
        // machine shared with every other test project.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");
    }

    /// <summary>
    /// The compiler's nullable flow analysis costs time quadratic in the depth of a nested expression: the
    /// hostile scan root's 200,000-term concatenation took minutes to bind with it. No rule reads nullable
    /// flow states, so the scan's compilations run without that pass — checked here by its warning, which
    /// the same code gives with the pass on.
    /// </summary>
    [Fact]
    public void The_scan_compiles_without_nullable_flow_analysis_but_keeps_declared_annotations()
    {
        const string source = "#nullable enable\nclass C { string M() { string s = null; return s; } string? N() => null; }\n";
        var preview = new CSharpParseOptions(LanguageVersion.Preview);
        CSharpCompilation Compile(CSharpParseOptions parse) => CSharpCompilation.Create("N", [CSharpSyntaxTree.ParseText(source, parse)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        Assert.Contains(Compile(preview).GetDiagnostics(), d => d.Id == "CS8600");
        var scan = Compile(CSharpAnalysis.ScanParseOptions(preview));
        Assert.DoesNotContain(scan.GetDiagnostics(), d => d.Id is "CS8600" or "CS8603");
        Assert.Equal(NullableAnnotation.Annotated, scan.GetTypeByMetadataName("C")!.GetMembers("N").OfType<IMethodSymbol>().Single().ReturnNullableAnnotation);
    }
}

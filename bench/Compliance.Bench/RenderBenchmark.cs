namespace Compliance.Bench;

using System.Diagnostics;
using Compliance.Reports;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// Report rendering: HTML (Scriban) and SARIF for N findings, alternating with the plain JSON
/// serialization of the same result as the peer floor.
/// </summary>
public static class RenderBenchmark
{
    public static int Run(int count, int runs)
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var result = Synthetic(catalog, count);
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        // Warm-up.
        HtmlReportRenderer.Render(result, catalog, "zh-CN", at);
        SarifWriter.Write(result, catalog, Stream.Null, "zh-CN");
        JsonResultWriter.Write(result, Stream.Null);

        var html = new List<double>(); var sarif = new List<double>(); var json = new List<double>();
        long htmlAlloc = 0, sarifAlloc = 0;
        int htmlLength = 0;
        for (int i = 0; i < runs; i++)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            htmlLength = HtmlReportRenderer.Render(result, catalog, "zh-CN", at).Length;
            html.Add(sw.Elapsed.TotalSeconds);
            htmlAlloc = GC.GetAllocatedBytesForCurrentThread() - a0;

            a0 = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            using (var ms = new MemoryStream()) SarifWriter.Write(result, catalog, ms, "zh-CN");
            sarif.Add(sw.Elapsed.TotalSeconds);
            sarifAlloc = GC.GetAllocatedBytesForCurrentThread() - a0;

            sw.Restart();
            using (var ms = new MemoryStream()) JsonResultWriter.Write(result, ms);
            json.Add(sw.Elapsed.TotalSeconds);
        }
        var h = Stats.Median(html); var s = Stats.Median(sarif); var j = Stats.Median(json);
        Console.WriteLine($"render\tfindings={count}\thtml_s={h:F3}\thtml_mb={htmlLength / 1048576.0:F1}\thtml_alloc_mb={htmlAlloc / 1048576}\tsarif_s={s:F3}\tsarif_alloc_mb={sarifAlloc / 1048576}\tjson_s={j:F3}\thtml_vs_json={h / j:F1}\tsarif_vs_json={s / j:F1}\tpeak_ws_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
        return 0;
    }

    private static ScanResult Synthetic(RuleCatalog catalog, int count)
    {
        var rules = catalog.Rules.Values.Where(r => r.EnabledByDefault).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var result = new ScanResult();
        result.Tool.Version = "bench";
        result.Tool.CatalogVersion = catalog.Version;
        for (int i = 0; i < count; i++)
        {
            var rule = rules[i % rules.Length];
            var file = $"src/Module{i / 100:D3}/File{i % 100:D3}.cs";
            result.Findings.Add(new ResultFinding
            {
                Id = Fingerprint.Compute(rule.Id, file, $"M{i}"),
                RuleId = rule.Id, Theme = rule.Theme, Severity = rule.Severity,
                Controls = [.. rule.Controls], Clauses = [.. catalog.ClausesOf(rule)],
                File = file, StartLine = 10 + i % 300, StartColumn = 5, EndLine = 10 + i % 300, EndColumn = 40,
                Message = $"{rule.Title.Zh} <{i}>", Evidence = "var x = Compute(\"***(12)\");",
            });
        }
        var examined = result.Findings.GroupBy(f => f.Theme).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(f => f.File).Distinct().ToList());
        var profile = catalog.Profiles.Values.First();
        result.Claims = Compliance.Rules.Claims.ClaimEvaluator.Evaluate(profile, catalog, result.Findings, examined);
        result.Summary.CountFrom(result.Findings, result.Skipped.Count);
        return result;
    }
}

namespace Compliance.Cli.Output;

using Compliance.Reports;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>Writes the requested formats of a scan result into the output folder.</summary>
public static class OutputWriter
{
    public static readonly string[] KnownFormats = ["console", "sarif", "json", "html", "md", "junit", "pdf"];

    public static void Write(ScanResult result, RuleCatalog catalog, IReadOnlyList<string> formats, string outputDir, string lang,
        TextWriter stdout, TextWriter stderr)
    {
        Directory.CreateDirectory(outputDir);
        var renderedAt = DateTimeOffset.UtcNow;
        if (formats.Contains("json"))
            using (var s = File.Create(Path.Combine(outputDir, "results.json"))) JsonResultWriter.Write(result, s);
        if (formats.Contains("sarif"))
            using (var s = File.Create(Path.Combine(outputDir, "results.sarif"))) SarifWriter.Write(result, catalog, s, lang);
        // The report model is built once and handed to the HTML, Markdown and console writers.
        var texts = ReportTexts.Load(lang);
        var model = new Lazy<ReportModel>(() => ReportModelBuilder.Build(result, catalog, texts, renderedAt));
        string? htmlPath = null;
        if (formats.Contains("html") || formats.Contains("pdf"))
        {
            htmlPath = Path.Combine(outputDir, "report.html");
            File.WriteAllText(htmlPath, HtmlReportRenderer.Render(model.Value, texts));
        }
        if (formats.Contains("md"))
            File.WriteAllText(Path.Combine(outputDir, "report.md"), MarkdownReportRenderer.Render(model.Value, texts));
        if (formats.Contains("junit"))
            using (var s = File.Create(Path.Combine(outputDir, "junit.xml"))) JUnitWriter.Write(result, catalog, s, lang);
        if (formats.Contains("pdf"))
        {
            if (!PdfRenderer.TryRender(htmlPath!, Path.Combine(outputDir, "report.pdf"), out var message))
                stderr.WriteLine($"warning: report.pdf not written: {message}");
        }
        if (formats.Contains("console"))
            stdout.Write(ConsoleSummaryRenderer.Render(model.Value, texts));
    }
}

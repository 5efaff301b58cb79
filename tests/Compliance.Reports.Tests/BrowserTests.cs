namespace Compliance.Reports.Tests;

using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

/// <summary>
/// The report in a real browser: headless Chromium loads the file:// HTML, the DOM it builds holds
/// every section, the console shows no errors, and a screenshot is kept as a test artifact
/// (bin/…/artifacts/report.png). The same artifacts folder gets the rendered reports and a PDF.
/// </summary>
public class BrowserTests(ITestOutputHelper output)
{
    private static readonly string[] Sections = ["cover", "summary", "claims", "articles", "findings", "personal-data", "manual-review", "methodology", "appendix"];

    private static string WriteReport(string lang)
    {
        var path = Path.Combine(SampleScan.ArtifactDir(), $"report.{lang}.html");
        File.WriteAllText(path, HtmlReportRenderer.Render(SampleScan.Build(), SampleScan.Catalog, lang, SampleScan.RenderedAt));
        File.WriteAllText(Path.Combine(SampleScan.ArtifactDir(), $"report.{lang}.md"),
            MarkdownReportRenderer.Render(SampleScan.Build(), SampleScan.Catalog, lang, SampleScan.RenderedAt));
        return path;
    }

    private (int Exit, string Stdout, string Stderr) Chromium(params string[] args)
    {
        var chromium = ExternalTools.Chromium;
        Assert.True(chromium is not null, "Chromium is required when CI=true (apt-get install chromium fonts-wqy-zenhei)");
        var profile = Directory.CreateTempSubdirectory("compliance-test-chromium-");
        try
        {
            var psi = new ProcessStartInfo(chromium!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in PdfRenderer.HeadlessArgs(profile.FullName)) psi.ArgumentList.Add(a);
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(true); Assert.Fail("Chromium timed out"); }
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
        finally { try { profile.Delete(true); } catch (IOException) { } }
    }

    [ChromiumFact]
    public void RendersAllSectionsWithoutConsoleErrorsAndSavesAScreenshot()
    {
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var html = WriteReport(lang);
            var url = new Uri(html).AbsoluteUri;
            var (exit, dom, log) = Chromium("--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", url);
            output.WriteLine(log);
            Assert.Equal(0, exit);
            foreach (var id in Sections) Assert.Contains($"id=\"{id}\"", dom);
            Assert.Contains("<svg role=\"img\"", dom);
            Assert.Contains(lang == "en" ? "Whitepaper claims verified" : "白皮书声明逐项验证", dom);
            var consoleErrors = ConsoleErrors(log);
            Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));

            var png = Path.Combine(SampleScan.ArtifactDir(), $"report.{lang}.png");
            File.Delete(png);
            var shot = Chromium("--hide-scrollbars", "--window-size=1280,4000", "--screenshot=" + png, url);
            Assert.True(File.Exists(png), $"no screenshot (exit {shot.Exit}): {shot.Stderr}");
            var header = File.ReadAllBytes(png).Take(8).ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
            Assert.True(new FileInfo(png).Length > 50_000, "screenshot looks blank");
            if (lang == "zh-CN") File.Copy(png, Path.Combine(SampleScan.ArtifactDir(), "report.png"), overwrite: true);
        }
    }

    /// <summary>The console check must see a script error, or the test above could never fail.</summary>
    [ChromiumFact]
    public void ConsoleCheckSeesAScriptError()
    {
        var path = Path.Combine(SampleScan.ArtifactDir(), "broken.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><body><p id=\"x\">x</p><script>undefinedFunction();</script></body></html>");
        var (_, _, log) = Chromium("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(path).AbsoluteUri);
        Assert.NotEmpty(ConsoleErrors(log));
    }

    private static List<string> ConsoleErrors(string log) =>
        log.Split('\n').Where(l => l.Contains("Uncaught", StringComparison.Ordinal)
            || (l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("ERROR", StringComparison.OrdinalIgnoreCase))
            || l.Contains("net::ERR_", StringComparison.Ordinal)).ToList();

    [ChromiumFact]
    public void PrintsToPdf()
    {
        var html = WriteReport("zh-CN");
        var pdf = Path.Combine(SampleScan.ArtifactDir(), "report.pdf");
        File.Delete(pdf);
        Assert.True(PdfRenderer.TryRender(html, pdf, out var message), message);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        // several pages: the print CSS breaks before each section
        var pages = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]").Count;
        Assert.True(pages >= 5, $"expected one page per section at least, got {pages}");
    }

    /// <summary>
    /// Issue 15: the overall verdict is on page 1 of the PDF, and the findings are a compact table (all of the
    /// sample's findings on one page, not one finding per page). Read with poppler's pdftotext.
    /// </summary>
    [ChromiumFact]
    public void Pdf_page_one_holds_the_verdict_and_findings_are_a_compact_table()
    {
        if (ExternalTools.Pdftotext is not { } pdftotext)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must install poppler-utils (scripts/test.sh)");
            return;
        }
        foreach (var (lang, verdict, findingsTitle, nextTitle) in new[] { ("zh-CN", "总体结论：不符合", "全部发现", "整改计划"), ("en", "Overall verdict: Not met", "All findings", "Remediation plan") })
        {
            var pdf = Path.Combine(SampleScan.ArtifactDir(), $"report.{lang}.pdf");
            File.Delete(pdf);
            Assert.True(PdfRenderer.TryRender(WriteReport(lang), pdf, out var message), message);
            var pages = PdfPages(pdftotext, pdf);
            Assert.Contains(verdict, pages[0]);
            var first = pages.FindIndex(p => p.Contains(findingsTitle, StringComparison.Ordinal));
            var next = pages.FindIndex(p => p.Contains(nextTitle, StringComparison.Ordinal) && !p.Contains(findingsTitle, StringComparison.Ordinal));
            // The section (by-rule table + all findings) takes at most two pages; the next section starts on a new page.
            Assert.True(first > 0 && next > first && next - first <= 2, $"{lang}: findings span pages {first + 1}-{next}");
            // Every finding row is there, with its rule id.
            var section = string.Concat(pages.Skip(first).Take(next - first));
            foreach (var f in SampleScan.Build().Findings) Assert.Contains(f.RuleId, section);
        }
    }

    private static List<string> PdfPages(string pdftotext, string pdf)
    {
        var psi = new ProcessStartInfo(pdftotext) { RedirectStandardOutput = true };
        psi.ArgumentList.Add(pdf);
        psi.ArgumentList.Add("-");
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text.Split('\f').Select(s => System.Text.RegularExpressions.Regex.Replace(s, @"[ \t]+", " ")).ToList();
    }

    [Fact]
    public void MissingChromiumGivesAClearMessage()
    {
        var previous = Environment.GetEnvironmentVariable("COMPLIANCE_CHROMIUM");
        try
        {
            Environment.SetEnvironmentVariable("COMPLIANCE_CHROMIUM", "/nonexistent/chromium");
            Assert.False(PdfRenderer.TryRender("report.html", "report.pdf", out var message));
            Assert.Contains("Chromium is not installed", message);
            Assert.Contains("apt-get install chromium", message);
        }
        finally { Environment.SetEnvironmentVariable("COMPLIANCE_CHROMIUM", previous); }
    }
}

namespace Compliance.Reports.Tests;

using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Catalog;

public class I18nTests
{
    private static readonly string[] Languages = ["zh-CN", "en"];

    [Fact]
    public void BothLanguagesHaveTheSameKeysAndEveryTemplateKeyExists()
    {
        var zh = ReportTexts.Load("zh-CN").All;
        var en = ReportTexts.Load("en").All;
        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        foreach (var name in new[] { TemplateStore.HtmlTemplate, TemplateStore.MarkdownTemplate })
        {
            var used = Regex.Matches(TemplateStore.ReadEmbedded(name), @"(?<![\w.])t\.([A-Za-z0-9_]+)").Select(m => m.Groups[1].Value).Distinct();
            foreach (var key in used)
                Assert.True(zh.ContainsKey(key) && en.ContainsKey(key), $"{name} uses t.{key}, missing in an i18n file");
        }
    }

    [Fact]
    public void EveryKeyIsTranslated()
    {
        var zh = ReportTexts.Load("zh-CN").All;
        var en = ReportTexts.Load("en").All;
        foreach (var (key, text) in en)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"en: '{key}' is empty");
            Assert.False(Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}"), $"en: '{key}' is not translated: {text}");
        }
        // zh texts are Chinese, except punctuation and a few technical words that read the same
        string[] sameInBoth = ["colon", "semicolon"];
        foreach (var (key, text) in zh)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"zh-CN: '{key}' is empty");
            if (!sameInBoth.Contains(key))
                Assert.True(Regex.IsMatch(text, @"\p{IsCJKUnifiedIdeographs}"), $"zh-CN: '{key}' is not translated: {text}");
        }
    }

    [Fact]
    public void LabelsTheModelLooksUpExistInBothLanguages()
    {
        foreach (var lang in Languages)
        {
            var t = ReportTexts.Load(lang);
            foreach (var v in new[] { "met", "contradicted", "partial", "manual", "not-covered" })
            {
                Assert.True(t.All.ContainsKey("verdict_" + v), $"{lang}: verdict_{v}");
                Assert.True(t.All.ContainsKey("clause_status_" + v), $"{lang}: clause_status_{v}");
            }
            foreach (var theme in Compliance.Rules.Model.Themes.All) Assert.True(t.All.ContainsKey("theme_" + theme), $"{lang}: theme_{theme}");
            foreach (var s in new[] { "critical", "high", "medium", "low" }) Assert.True(t.All.ContainsKey("severity_" + s), $"{lang}: severity_{s}");
            foreach (var r in new[] { "high", "medium", "low" }) Assert.True(t.All.ContainsKey("risk_" + r), $"{lang}: risk_{r}");
            foreach (var m in new[] { "msbuild", "fallback", "none" }) Assert.True(t.All.ContainsKey("csharp_mode_" + m), $"{lang}: csharp_mode_{m}");
            foreach (var m in new[] { "V", "S", "U" }) Assert.True(t.All.ContainsKey("mark_" + m), $"{lang}: mark_{m}");
            foreach (var k in new[] { "external", "inSource" }) Assert.True(t.All.ContainsKey("waiver_kind_" + k), $"{lang}: waiver_kind_{k}");
        }
    }

    [Fact]
    public void LangNormalisation()
    {
        Assert.Equal("zh-CN", ReportTexts.Load("zh-Hans").Lang);
        Assert.Equal("zh-CN", ReportTexts.Load("").Lang);
        Assert.Equal("en", ReportTexts.Load("en-US").Lang);
    }
}

/// <summary>
/// Renderers do not invent content: a canary placed in fields they must not print (the scan's
/// internal examined map, a policy's raw document, a rule's source path) never reaches any output,
/// while the already-redacted evidence passes through unchanged.
/// </summary>
public class CanaryTests
{
    [Fact]
    public void RawFieldsNeverReachAnyOutput()
    {
        var canary = SampleScan.NewCanary();
        var baseCatalog = SampleScan.Catalog;
        var rules = baseCatalog.Rules.ToDictionary(kv => kv.Key, kv => kv.Key == "CMP5201"
            ? kv.Value with { Extra = new Dictionary<string, object?> { ["assert"] = canary }, SourceFile = "/home/" + canary + "/policy.yaml" }
            : kv.Value);
        var catalog = new RuleCatalog
        {
            Version = baseCatalog.Version, Laws = baseCatalog.Laws, Clauses = baseCatalog.Clauses, Controls = baseCatalog.Controls,
            Rules = rules, Profiles = baseCatalog.Profiles,
        };
        var scan = SampleScan.Build(r =>
        {
            r.Examined["secret"] = new SortedSet<string>(StringComparer.Ordinal) { "/abs/" + canary };
            r.Findings[1].Evidence = "\"AccessKey\": \"AKIA****\" (20 chars)";
        });

        var outputs = new Dictionary<string, string>
        {
            ["json"] = JsonResultWriter.ToJson(scan),
            ["sarif.zh"] = SarifWriter.ToSarif(scan, catalog, "zh-CN"),
            ["sarif.en"] = SarifWriter.ToSarif(scan, catalog, "en"),
            ["html.zh"] = HtmlReportRenderer.Render(scan, catalog, "zh-CN", SampleScan.RenderedAt),
            ["html.en"] = HtmlReportRenderer.Render(scan, catalog, "en", SampleScan.RenderedAt),
            ["md"] = MarkdownReportRenderer.Render(scan, catalog, "zh-CN", SampleScan.RenderedAt),
            ["console"] = ConsoleSummaryRenderer.Render(scan, catalog, "en"),
        };
        using (var ms = new MemoryStream()) { JUnitWriter.Write(scan, catalog, ms); outputs["junit"] = Encoding.UTF8.GetString(ms.ToArray()); }

        foreach (var (name, text) in outputs)
        {
            Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{name} contains the canary");
            Assert.DoesNotContain("/abs/", text);
        }
        // the redacted evidence is shown as the scanner redacted it, not altered or expanded
        Assert.Contains("&quot;AccessKey&quot;: &quot;AKIA****&quot; (20 chars)", outputs["html.zh"]);
    }
}

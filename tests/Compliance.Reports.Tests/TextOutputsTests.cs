namespace Compliance.Reports.Tests;

using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Compliance.Rules.Model;

public class MarkdownReportTests
{
    private static string Render(ScanResult scan, string lang = "zh-CN") =>
        MarkdownReportRenderer.Render(scan, SampleScan.Catalog, lang, SampleScan.RenderedAt);

    [Fact]
    public void CompactSummaryWithCountsClaimsAndTopFindings()
    {
        var scan = SampleScan.Build();
        var md = Render(scan);
        Assert.StartsWith("## 安全白皮书合规审计报告 — 仓储与客户管理系统\n", md);
        Assert.Contains("| 4 | 1 | 0 | 1 | 0 | 1 |", md);
        foreach (var c in scan.Claims) Assert.Matches($@"\n\| {Regex.Escape(c.Id)} \| [^|]+ \| [^|]+ \| \d+ / \d+ \| [^|]* \| {c.Evidence.Count} \|", md);
        Assert.Contains("| 3.1 | 账号加密算法 | 不符合 | 0 / 2 |  | 1 |", md);
        Assert.Contains("| 2.1 | 数据高可用 | 符合 | 1 / 1 | deploy/k8s/pdb.yaml:3  | 0 |", md);
        Assert.Contains("本文为摘要", md); // says where the full report is
        // top findings: critical first, with a link to the rule's docs
        var top = md[md.IndexOf("### 主要问题", StringComparison.Ordinal)..];
        Assert.Matches(@"\| 高风险 \| \[CMP1001\]\(https://[^)]+/CMP1001\.md\) \| src/Warehouse\.Api/appsettings\.json:7:24 \|", top);
        Assert.DoesNotContain("CMP5501", top); // waived
        Assert.Equal(md, Render(SampleScan.Build()));
        // tables stay tables: no blank line inside one, and each table is preceded by a blank line
        Assert.DoesNotMatch(@"\|\n\n\|", md);
        Assert.DoesNotContain("\n\n\n", md);
        Assert.Contains("| --- | --- | --- | ---: | --- | ---: |\n| 2.1 |", md);
        Assert.Contains("| 3.1 | Password hashing algorithm | Contradicted | 0 / 2 |  | 1 |", Render(scan, "en"));
    }

    [Fact]
    public void LowPrecisionResultsAreListedApartAndNotCounted()
    {
        // The sample's only critical (CMP1001) turned low precision: out of the 高 count, into its own line and section.
        var scan = SampleScan.Build(r => r.Findings.Single(f => f.RuleId == "CMP1001").Precision = Compliance.Rules.Model.Precisions.Low);
        var md = Render(scan);
        Assert.Contains("| 3 | 1 | 0 | 1 | 0 | 1 |", md);
        Assert.Contains("低置信度结果：1 — 仅凭名称判断", md);
        Assert.DoesNotContain("[CMP1001]", md[md.IndexOf("### 主要问题", StringComparison.Ordinal)..]);
        var html = HtmlReportRenderer.Render(scan, SampleScan.Catalog, "en", SampleScan.RenderedAt);
        var section = html[html.IndexOf("id=\"low-precision\"", StringComparison.Ordinal)..];
        Assert.Contains("Low-precision results (1)", section);
        Assert.Contains("CMP1001", section[..section.IndexOf("</table>", StringComparison.Ordinal)]);
        Assert.Contains("Low-precision results: 1", ConsoleSummaryRenderer.Render(scan, SampleScan.Catalog, "en"));
    }

    [Fact]
    public void UserStringsAreEscapedForMarkdownAndHtml()
    {
        var scan = SampleScan.Build(r =>
        {
            var f = r.Findings.Single(f => f.RuleId == "CMP3001");
            f.File = "src/" + SampleScan.Script + "_x|y.cs";
            f.Message = "see [link](http://evil) **bold** " + SampleScan.Script + "\n# heading";
        });
        var md = Render(scan);
        Assert.DoesNotContain("<script", md);
        Assert.Contains("src/&lt;script&gt;alert(1)&lt;/script&gt;\\_x\\|y.cs", md);
        Assert.Contains("see \\[link\\](http://evil) \\*\\*bold\\*\\* &lt;script&gt;alert(1)&lt;/script&gt; # heading", md);
        Assert.DoesNotContain("\n# heading", md);
    }
}

public class ConsoleSummaryTests
{
    [Fact]
    public void CountsClaimsAndTopFindingsAsFileLineRuleMessage()
    {
        var scan = SampleScan.Build();
        var text = ConsoleSummaryRenderer.Render(scan, SampleScan.Catalog, "en");
        var lines = text.Split('\n');
        Assert.Equal("Security Whitepaper Compliance Audit Report — 仓储与客户管理系统", lines[0]);
        Assert.Contains("Findings: High risk 4 (Critical 2), Medium risk 1, Low risk 0; Waived / suppressed 1, Unparsable files 0, Skipped files 1", text);
        Assert.Contains("  3.1  Contradicted (contradicted)  Password hashing algorithm", text);
        Assert.Contains("  [High risk] src/Warehouse.Api/appsettings.json:7 CMP1001 Hard-coded AWS access key (AKIA…, 20 characters)", text);
        // critical (CMP2002, CMP1001 in file order) before high (CMP5201, CMP3001, in file order), then medium
        var order = new[] { "CMP2002 ", "CMP1001 ", "CMP5201 ", "CMP3001 ", "CMP5304 " }.Select(id => text.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("CMP5501", text);
        Assert.DoesNotContain("fallback", text);
        Assert.Equal(text, ConsoleSummaryRenderer.Render(SampleScan.Build(), SampleScan.Catalog, "en"));
    }

    [Fact]
    public void ChineseByDefaultWithFallbackNoteAndNoControlCharacters()
    {
        var scan = SampleScan.Build(r =>
        {
            r.Scan.CSharpMode = "fallback";
            r.Scan.CSharpFilesWithErrors = 2;
            r.Findings.Single(f => f.RuleId == "CMP1001").Message = "evil \u001b[2Jclear\nnext";
        });
        var text = ConsoleSummaryRenderer.Render(scan, SampleScan.Catalog, "zh-CN");
        Assert.Contains("发现：高风险 4", text);
        Assert.Contains("C# 项目无法加载，已降级编译", text);
        Assert.Contains("存在编译错误的文件数：2", text);
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("evil  [2Jclear next", text);
    }
}

public class BaselineTests
{
    [Fact]
    public void NewAndFixedAreCountedAndFixedFindingsDoNotCount()
    {
        var scan = SampleScan.Build(r =>
        {
            foreach (var f in r.Findings) f.BaselineState = "unchanged";
            r.Findings.Single(f => f.RuleId == "CMP5304").BaselineState = "new";
            r.Findings.Single(f => f.RuleId == "CMP3001").BaselineState = "absent";
        });
        var text = ConsoleSummaryRenderer.Render(scan, SampleScan.Catalog, "en");
        Assert.Contains("Baseline: New 1, Unchanged 4, Fixed 1", text);
        Assert.Contains("Findings: High risk 3 (Critical 2), Medium risk 1", text);
        Assert.DoesNotContain("CMP3001", text);
        var md = MarkdownReportRenderer.Render(scan, SampleScan.Catalog, "zh-CN", SampleScan.RenderedAt);
        Assert.Contains("基线对比：新增 1 · 未变化 4 · 已修复 1", md);
        var html = HtmlReportRenderer.Render(scan, SampleScan.Catalog, "zh-CN", SampleScan.RenderedAt);
        Assert.Contains("基线对比：已修复", html);
    }
}

public class JUnitWriterTests
{
    private static XDocument Write(ScanResult scan)
    {
        using var ms = new MemoryStream();
        JUnitWriter.Write(scan, SampleScan.Catalog, ms);
        return XDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void OneSuitePerThemeFailingPerFindingPassingPerCleanRule()
    {
        var catalog = SampleScan.Catalog;
        var scan = SampleScan.Build();
        var doc = Write(scan);
        var suites = doc.Root!.Elements("testsuite").ToList();
        Assert.Equal(suites.Select(s => (string)s.Attribute("name")!).Distinct().Count(), suites.Count);
        var active = scan.Findings.Where(f => f.Suppression is null).ToList();
        var failures = doc.Descendants("failure").ToList();
        Assert.Equal(active.Count, failures.Count);
        Assert.Equal(active.Count, (int)doc.Root!.Attribute("failures")!);

        var ssh = suites.Single(s => (string)s.Attribute("name")! == "compliance.ssh-hardening");
        var failing = ssh.Elements("testcase").Single(c => c.Element("failure") is not null);
        Assert.Equal("CMP5201 deploy/ssh/sshd_config:12:1", (string)failing.Attribute("name")!);
        Assert.Equal("CMP5201", (string)failing.Element("failure")!.Attribute("type")!);
        Assert.Contains("PasswordAuthentication yes", (string)failing.Element("failure")!.Attribute("message")!);
        // every other enabled ssh-hardening rule passes
        var passing = ssh.Elements("testcase").Where(c => !c.HasElements).Select(c => ((string)c.Attribute("name")!).Split(' ')[0]).ToList();
        Assert.Equal(catalog.Rules.Values.Where(r => r.Theme == "ssh-hardening" && r.EnabledByDefault && r.Id != "CMP5201").Select(r => r.Id).Order(), passing);
        // the waived HA finding is skipped, not failed
        var ha = suites.Single(s => (string)s.Attribute("name")! == "compliance.ha");
        Assert.Single(ha.Descendants("skipped"));
        Assert.Empty(ha.Descendants("failure"));
        Assert.Equal((int)ha.Attribute("tests")!, ha.Elements("testcase").Count());
    }

    [Fact]
    public void DeterministicAndEscaped()
    {
        var scan = SampleScan.Build(r => r.Findings.Single(f => f.RuleId == "CMP1001").Message = SampleScan.Script + " & ]]>");
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        JUnitWriter.Write(scan, SampleScan.Catalog, a);
        JUnitWriter.Write(scan, SampleScan.Catalog, b);
        Assert.Equal(a.ToArray(), b.ToArray());
        var xml = Encoding.UTF8.GetString(a.ToArray());
        Assert.DoesNotContain("<script>", xml);
        Assert.Contains(SampleScan.Script + " & ]]>", XDocument.Parse(xml).Descendants("failure").Select(f => (string)f.Attribute("message")!));
        Assert.DoesNotContain("timestamp", xml);
    }
}

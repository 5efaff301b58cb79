namespace Compliance.Reports.Tests;

using System.Text.RegularExpressions;
using Compliance.Rules.Model;

public class HtmlReportTests
{
    private static string Render(ScanResult scan, string lang = "zh-CN", string? templateDir = null) =>
        HtmlReportRenderer.Render(scan, SampleScan.Catalog, lang, SampleScan.RenderedAt, templateDir);

    // <wbr> (a line-break opportunity in paths) is invisible; other tags separate words.
    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html.Replace("<wbr>", ""), "<[^>]+>", " "));

    [Fact]
    public void CoverCarriesSystemScopeVersionsHashAndCounts()
    {
        var html = Render(SampleScan.Build());
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("安全白皮书合规审计报告", html);
        Assert.Contains("仓储与客户管理系统", html);
        Assert.Contains("示例科技有限公司", html);
        Assert.Contains("3f1c0e9d2b7a4c55e1f0aa92b8d36c7e0f4d5b6a7c8e9f00112233445566778", html);
        Assert.Contains(SampleScan.Catalog.Version, html);
        Assert.Contains("2026-11-20 16:30 (UTC+8)", html); // zh-CN speaks Beijing time
        // CMP1001, CMP2002 (critical) + CMP3001, CMP5201 (high) = 4 高; CMP5304 medium; CMP5501 waived.
        Assert.Matches(@"<div class=""card high""><div class=""num"">4</div><div>高风险 <span class=""muted small"">\(严重 2\)</span>", html);
        Assert.Contains("<div class=\"card medium\"><div class=\"num\">1</div>", html);
        Assert.Contains("<div class=\"card\"><div class=\"num\">1</div><div>已豁免/已抑制</div>", html);
        Assert.Contains("不符合——存在与白皮书声明相矛盾的发现", html);
        // The verdict is on the cover (page 1), before the summary section.
        Assert.True(html.IndexOf("总体结论：不符合", StringComparison.Ordinal) < html.IndexOf("id=\"summary\"", StringComparison.Ordinal));
    }

    [Fact]
    public void EachClaimShowsItsVerdictAndEvidence()
    {
        var scan = SampleScan.Build();
        var html = Render(scan);
        var labels = new Dictionary<string, string>
        {
            ["met"] = "符合", ["contradicted"] = "不符合", ["partial"] = "部分符合", ["manual"] = "需人工核查", ["not-covered"] = "未覆盖",
        };
        foreach (var c in scan.Claims)
            Assert.Matches($@"<td><a href=""#claim-{Regex.Escape(c.Id)}"">{Regex.Escape(c.Id)}</a></td><td>[^<]+</td><td><span class=""badge v-{c.Verdict}"">{labels[c.Verdict]}</span>", html);
        Assert.Equal("contradicted", scan.Claims.Single(c => c.Id == "3.1").Verdict);
        Assert.Equal("not-covered", scan.Claims.Single(c => c.Id == "2.5").Verdict); // profile v2: endpoint authorization, no evidence
        Assert.Equal("met", scan.Claims.Single(c => c.Id == "4.3").Verdict);         // closed by the evidence register
        Assert.Equal("not-covered", scan.Claims.Single(c => c.Id == "2.2").Verdict);
        // evidence of 3.1: file:line, rule, redacted snippet
        var claim31 = html[html.IndexOf("id=\"claim-3.1\"", StringComparison.Ordinal)..];
        claim31 = claim31[..claim31.IndexOf("id=\"claim-3.2\"", StringComparison.Ordinal)];
        Assert.Contains("src/<wbr>Warehouse.Api/<wbr>Services/<wbr>PasswordService.cs:21", claim31); // paths wrap at '/'
        // parts: each control with its status; 2.1's observation with file:line
        Assert.Contains("badge v-contradicted\">存在矛盾</span> 口令", claim31);
        var claim21 = html[html.IndexOf("id=\"claim-2.1\"", StringComparison.Ordinal)..html.IndexOf("id=\"claim-2.2\"", StringComparison.Ordinal)];
        Assert.Contains("badge v-verified\">已验证</span>", claim21);
        Assert.Contains("正面证据：<span class=\"path\">deploy/<wbr>k8s/<wbr>pdb.yaml:3</span> (CMP5502)", claim21);
        var claim43 = html[html.IndexOf("id=\"claim-4.3\"", StringComparison.Ordinal)..html.IndexOf("id=\"claim-4.4\"", StringComparison.Ordinal)];
        Assert.Contains("证明材料：docs/drill-2026.pdf，由 李审核 于 2026-09-01 核查，有效期至 2027-09-01", claim43);
        Assert.Contains("CMP2002", claim31);
        Assert.Contains("MD5.HashData(Encoding.UTF8.GetBytes(password))", claim31);
        Assert.Contains("SHA-256 是快速哈希", claim31); // the wording note
        // the met/partial claims list what ran and on which files
        var claim23 = html[html.IndexOf("id=\"claim-2.3\"", StringComparison.Ordinal)..html.IndexOf("id=\"claim-2.4\"", StringComparison.Ordinal)];
        Assert.Contains("<li>传输加密（TLS） — 检查 ", claim23);
        Assert.Contains("<span class=\"path\">deploy/<wbr>k8s/<wbr>ingress.yaml</span>", claim23);
    }

    [Fact]
    public void ArticleViewQuotesClausesWithMarksAndStatus()
    {
        var catalog = SampleScan.Catalog;
        var html = Render(SampleScan.Build());
        Assert.Contains("id=\"articles\"", html);
        foreach (var law in new[] { "pipl", "dsl", "csl", "gbt22239", "gbt35273" })
            Assert.Contains($"id=\"law-{law}\"", html);
        // A clause cited by a finding: its quote, verification mark and 不符合 status.
        var cited = catalog.ClausesOf(catalog.Rules["CMP5201"]).First();
        var clause = catalog.Clauses[cited];
        var row = Regex.Match(html, $@"<tr id=""clause-{Regex.Escape(cited)}"">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(clause.Quote.Zh), row);
        Assert.Contains($"{clause.Mark} · ", row);
        Assert.Contains("badge v-risk", row);
        Assert.Contains("存在风险", row); // a risk indication, not a legal conclusion
        Assert.Contains("CMP5201</a> ×1", row);
        // CSL: 2025 numbering with the 2016 number beside it
        var csl = catalog.Clauses.Values.First(c => c.LawId == "csl" && c.Legacy is not null);
        var cslRow = Regex.Match(html, $@"<tr id=""clause-{Regex.Escape(csl.Id)}"">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(csl.Reference), cslRow);
        Assert.Matches("2016.*2025", csl.Reference);
        Assert.DoesNotContain(csl.Legacy!, cslRow); // no raw ids in the report
    }

    [Fact]
    public void FindingDetailsHaveRiskLocationLawFixAndWaiver()
    {
        var catalog = SampleScan.Catalog;
        var html = Render(SampleScan.Build());
        var text = Text(html);
        Assert.Contains("deploy/ssh/sshd_config:12:1", text);
        Assert.Contains(catalog.Rules["CMP5201"].Remediation.Zh, text);
        Assert.Contains("配置豁免（compliance.yaml）：staging only；负责人 ops@example.com；到期日 2027-01-31", text);
        Assert.Contains("class=\"muted\"><td>", html); // the waived one is shown, but set apart
        Assert.Contains("id=\"personal-data\"", html);
        Assert.Contains("Customer.Phone → ILogger.LogInformation", text);
        Assert.Contains("id=\"manual-review\"", html);
        Assert.Contains("角色与权限矩阵", text); // 2.5's manual item
        Assert.Contains("个人信息安全事件应急预案", text);
        Assert.Contains("id=\"methodology\"", html);
        Assert.Contains("id=\"appendix\"", html);
        foreach (var id in catalog.Rules.Values.Where(r => r.Kind != Compliance.Rules.Catalog.RuleKind.Observation).Select(r => r.Id)) Assert.Contains($"<strong>{id}</strong>", html);
    }

    [Fact]
    public void SelfContainedWithoutScriptsOrExternalRequests()
    {
        var html = Render(SampleScan.Build());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\ssrc\s*=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("<svg role=\"img\"", html);
        Assert.Contains("@media print", html);
        Assert.Contains("break-before: page", html);
    }

    [Fact]
    public void UserStringsAreHtmlEscaped()
    {
        var scan = SampleScan.Build(r =>
        {
            r.Findings[0].File = "src/" + SampleScan.Script + ".cs";
            r.Findings[0].Message = "bad " + SampleScan.Script + " & \"quotes\"";
            r.Findings[0].Evidence = "<img src=x onerror=alert(2)>";
            r.Scan.SystemName = "<b>sys</b>";
            r.Notices.Add(new Notice { Code = "N<1>", Message = SampleScan.Script });
        });
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var html = Render(scan, lang);
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<b>sys", html);
            Assert.Contains("src/<wbr>&lt;script&gt;alert(1)&lt;/<wbr>script&gt;.cs", html); // escaped, wrapping only at '/'
            Assert.Contains("bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        }
    }

    [Fact]
    public void SameInputGivesByteIdenticalHtml()
    {
        Assert.Equal(Render(SampleScan.Build()), Render(SampleScan.Build()));
        Assert.Equal(Render(SampleScan.Build(), "en"), Render(SampleScan.Build(), "en"));
    }

    [Fact]
    public void ReRenderingASavedResultsJsonGivesTheSameReport()
    {
        var scan = SampleScan.Build();
        using var ms = new MemoryStream();
        JsonResultWriter.Write(scan, ms);
        ms.Position = 0;
        var saved = JsonResultWriter.Read(ms);
        Assert.Equal(Render(scan), Render(saved));
        Assert.Equal(Render(scan, "en"), Render(saved, "en"));
        Assert.Equal(MarkdownReportRenderer.Render(scan, SampleScan.Catalog, "en", SampleScan.RenderedAt),
            MarkdownReportRenderer.Render(saved, SampleScan.Catalog, "en", SampleScan.RenderedAt));
        Assert.Equal(SarifWriter.ToSarif(scan, SampleScan.Catalog, "en"), SarifWriter.ToSarif(saved, SampleScan.Catalog, "en"));
    }

    [Fact]
    public void EnglishReportIsEnglish()
    {
        var html = Render(SampleScan.Build(), "en");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Security Whitepaper Compliance Audit Report", html);
        Assert.Contains("badge v-contradicted\">Contradicted</span>", html);
        Assert.Contains("Password hashing algorithm", html); // claim 3.1's English title
        // Only user data (system name, organisation) and the Chinese inventory may hold CJK in the English report.
        var text = Text(html).Replace("仓储与客户管理系统", "").Replace("示例科技有限公司", "").Replace("李审核", "");
        var cjk = Regex.Matches(text, @"\p{IsCJKUnifiedIdeographs}+").Select(m => m.Value).Distinct().ToList();
        Assert.True(cjk.Count == 0, "untranslated text in the English report: " + string.Join(", ", cjk.Take(20)));
    }

    [Fact]
    public void TemplateDirectoryOverridesByFileNameAndStillEscapes()
    {
        var dir = Directory.CreateTempSubdirectory("compliance-templates-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "report.html.sbn"),
                "<h1>{{ t.report_title }}</h1><p>{{ scan.system_name }}</p><ul>{{ for f in findings }}<li>{{ f.rule_id }} {{ f.message }}</li>{{ end }}</ul>");
            var scan = SampleScan.Build(r => r.Scan.SystemName = SampleScan.Script);
            var html = Render(scan, "en", dir.FullName);
            Assert.StartsWith("<h1>Security Whitepaper Compliance Audit Report</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>CMP5304", html);
            // the i18n dictionary can be overridden too
            File.WriteAllText(Path.Combine(dir.FullName, "i18n-en.yaml"), TemplateStore.ReadEmbedded("i18n-en.yaml").Replace("report_title: Security Whitepaper Compliance Audit Report", "report_title: ACME audit"));
            Assert.StartsWith("<h1>ACME audit</h1>", Render(scan, "en", dir.FullName));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void BrokenTemplateGivesAClearError()
    {
        var dir = Directory.CreateTempSubdirectory("compliance-templates-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "report.html.sbn"), "{{ for f in findings }}");
            var ex = Assert.Throws<InvalidDataException>(() => Render(SampleScan.Build(), "zh-CN", dir.FullName));
            Assert.StartsWith("report.html.sbn", ex.Message);
            File.WriteAllText(Path.Combine(dir.FullName, "report.html.sbn"), "{{ no_such_variable }}");
            Assert.Throws<InvalidDataException>(() => Render(SampleScan.Build(), "zh-CN", dir.FullName));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void EmptyScanRendersPassWithNoFindings()
    {
        var scan = SampleScan.Build(r => { r.Findings.Clear(); r.PersonalData.Clear(); });
        var html = Render(scan);
        Assert.Contains("未发现问题。", html);
        Assert.Contains("未识别到个人信息处理位置", html);
    }
}

namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// A finding's message is stored in both languages (results.json <c>messages</c>) and only the writers
/// choose: a zh-CN scan of the sample and of every policy fail example, re-rendered with
/// <c>report --lang en</c>, has no Chinese character in its English outputs, and the zh-CN scan has
/// no English-only message.
/// <para>
/// What is excluded from "no CJK in English", and why: quoted evidence (a source line is the user's
/// text: HTML <c>&lt;pre class="evidence"&gt;</c>, SARIF <c>snippet</c>), law quotes (the report quotes
/// the Chinese original: HTML <c>&lt;blockquote&gt;</c>), and the values the user wrote in
/// compliance.yaml (system name, organisation), which are removed by value. One catalog text names the
/// Chinese identifiers a rule matches (<c>mima/密码/口令/密钥</c>, code words, not untranslated prose):
/// that list is removed too.
/// </para>
/// </summary>
public sealed partial class LanguageRenderTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"<pre class=""evidence"">.*?</pre>|<blockquote>.*?</blockquote>", RegexOptions.Singleline)]
    private static partial Regex QuotedHtml();

    [Fact]
    public void A_zhCN_scan_of_the_sample_rerendered_in_English_has_no_Chinese_outside_quotes()
    {
        var root = CliRunner.TempDir("lang-sample");
        CliRunner.CopyDirectory(Path.Combine(RepoPaths.Root, "samples"), Path.Combine(root, "samples"));
        // User data is shown as written: the names and the evidence register's reviewers and notes (samples/compliance.yaml).
        var userValues = new[] { "冷链云仓 CRM（示例）", "示例冷链科技有限公司", "王审核", "李运维",
            "安全戳更新即吊销全部会话；2026-10 回归测试记录 TC-311 至 TC-318", "冻结/解冻审批流程与异常登录告警规则，2026 年第三季度处置记录 7 条",
            "运维角色清单、生产访问审批单与 2026Q3 权限复核", "季度漏洞扫描报告、风险评级与复扫记录" };
        ScanAndCheck(root, "samples", userValues);
    }

    [Fact]
    public void A_zhCN_scan_of_the_policy_fail_examples_rerendered_in_English_has_no_Chinese_outside_quotes()
    {
        var root = CliRunner.TempDir("lang-policies");
        var policies = Path.Combine(RepoPaths.Root, "rules", "policies");
        var cases = Directory.EnumerateDirectories(policies, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(Path.GetDirectoryName(d)) == "fail").ToList();
        Assert.NotEmpty(cases);
        // Each fail case in its own folder (fixtures/<theme>/<ID>/<case>): the checks see them as they are.
        foreach (var dir in cases)
            CliRunner.CopyDirectory(dir, Path.Combine(root, "input", Path.GetRelativePath(policies, dir).Replace(Path.Combine("fail", ""), "")));
        ScanAndCheck(root, "input", []);
    }

    [Fact]
    public void Skipped_files_and_related_locations_are_stored_in_both_languages_and_rendered_in_the_one_asked()
    {
        var root = CliRunner.TempDir("lang-skipped");
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(Path.Combine(input, "src"));
        File.WriteAllBytes(Path.Combine(input, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
        File.WriteAllText(Path.Combine(input, "src", "Form1.Designer.cs"), "namespace Shop { partial class Form1 { private string password = \"Designer-Only-1\"; } }\n");
        File.WriteAllText(Path.Combine(input, "src", "Accounts.cs"), """
            using System.Security.Cryptography;
            using System.Text;
            namespace Shop;
            public static class Accounts
            {
                public static byte[] HashPassword(string password) => MD5.HashData(Encoding.UTF8.GetBytes(password));
            }
            """);
        ScanAndCheck(root, "input", []);

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var skipped = results.RootElement.GetProperty("skipped").EnumerateArray()
            .ToDictionary(s => s.GetProperty("file").GetString()!, s => s);
        Assert.Equal("binary file", skipped["logo.png"].GetProperty("reason").GetString());
        Assert.Equal("二进制文件", skipped["logo.png"].GetProperty("reasons").GetProperty("zh-CN").GetString());
        Assert.Equal("generated code: generated file name", skipped["src/Form1.Designer.cs"].GetProperty("reasons").GetProperty("en").GetString());
        Assert.Equal("生成的代码：生成文件的文件名", skipped["src/Form1.Designer.cs"].GetProperty("reasons").GetProperty("zh-CN").GetString());

        // zh-CN SARIF and HTML say why in Chinese; the English re-render (checked above) in English.
        var zh = CliRunner.Invoke(root, "report", "out", "--lang", "zh-CN", "--output", "out-zh", "--format", "html,sarif");
        Assert.True(zh.ExitCode == 0, zh.Stderr);
        var sarifZh = File.ReadAllText(Path.Combine(root, "out-zh", "results.sarif"));
        Assert.Contains("已跳过 logo.png：二进制文件", JsonDocument.Parse(sarifZh).RootElement.GetProperty("runs")[0]
            .GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Select(n => n.GetProperty("message").GetProperty("text").GetString()));
        Assert.DoesNotContain("The scanned PATH", sarifZh);
        Assert.Contains("生成的代码：生成文件的文件名", File.ReadAllText(Path.Combine(root, "out-zh", "report.html")));
        Assert.Contains("generated code: generated file name", File.ReadAllText(Path.Combine(root, "out-en", "report.html")));
    }

    private static void ScanAndCheck(string root, string input, IReadOnlyList<string> userValues)
    {
        var scan = CliRunner.Invoke(root, "scan", input, "--output", "out", "--lang", "zh-CN", "--no-restore",
            "--format", "json,console", "--fail-on", "none", "--as-of", "2026-11-01");
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = results.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var notices = results.RootElement.GetProperty("notices").EnumerateArray().ToList();
        Assert.NotEmpty(findings);

        // (b) zh-CN: every message and notice is Chinese, and both languages are stored.
        foreach (var item in findings.Concat(notices))
        {
            var where = item.TryGetProperty("ruleId", out var id) ? $"{id.GetString()} {item.GetProperty("file").GetString()}" : item.GetProperty("code").GetString();
            var message = item.GetProperty("message").GetString()!;
            var zh = item.GetProperty("messages").GetProperty("zh-CN").GetString()!;
            var en = item.GetProperty("messages").GetProperty("en").GetString()!;
            Assert.Equal(zh, message);
            Assert.True(Cjk().IsMatch(zh), $"zh-CN message is not Chinese ({where}): {zh}");
            Assert.False(Cjk().IsMatch(en), $"en message has Chinese ({where}): {en}");
        }
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString()!.StartsWith("CMP", StringComparison.Ordinal));

        // (a) the saved scan re-rendered in English: HTML, Markdown, console, SARIF, JUnit.
        var report = CliRunner.Invoke(root, "report", "out", "--lang", "en", "--output", "out-en", "--format", "html,md,sarif,junit,console");
        Assert.True(report.ExitCode == 0, report.Stderr);
        // The English CMP1002 remediation quotes the Chinese names the rule matches (shown once the sample has a CMP1002).
        string Strip(string text) => userValues.Append(MatchedNames).Aggregate(text, (t, v) => t.Replace(v, "", StringComparison.Ordinal));

        var html = Strip(QuotedHtml().Replace(File.ReadAllText(Path.Combine(root, "out-en", "report.html")), ""));
        AssertNoCjk("report.html", html);
        AssertNoCjk("report.md", Strip(File.ReadAllText(Path.Combine(root, "out-en", "report.md"))));
        AssertNoCjk("console", Strip(report.Stdout));
        AssertNoCjk("junit.xml", Strip(File.ReadAllText(Path.Combine(root, "out-en", "junit.xml"))));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out-en", "results.sarif")));
        foreach (var (path, text) in Strings(sarif.RootElement, "$"))
            Assert.False(Cjk().IsMatch(text.Replace(MatchedNames, "", StringComparison.Ordinal)), $"results.sarif {path} has Chinese: {text}");
        // The English SARIF carries the messages the zh-CN scan stored in en, not the zh-CN ones.
        var sarifMessages = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("message").GetProperty("text").GetString()).ToHashSet();
        Assert.Contains(findings[0].GetProperty("messages").GetProperty("en").GetString(), sarifMessages);
    }

    /// <summary>The symbol names CMP1002 matches, quoted in its English remediation.</summary>
    private const string MatchedNames = "mima/密码/口令/密钥";

    private static void AssertNoCjk(string name, string text)
    {
        var m = Cjk().Match(text);
        Assert.False(m.Success, m.Success ? $"{name} has Chinese: …{text[Math.Max(0, m.Index - 80)..Math.Min(text.Length, m.Index + 80)]}…" : "");
    }

    /// <summary>Every string value of a SARIF log except quoted source (<c>snippet</c>).</summary>
    private static IEnumerable<(string Path, string Text)> Strings(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: yield return (path, e.GetString()!); break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray()) foreach (var s in Strings(item, $"{path}[{i++}]")) yield return s;
                break;
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                    if (p.Name != "snippet")
                        foreach (var s in Strings(p.Value, path + "." + p.Name)) yield return s;
                break;
        }
    }
}

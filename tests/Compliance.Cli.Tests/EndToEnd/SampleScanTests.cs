namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;

/// <summary>The README's main job on the bundled sample, asserted as a user sees it.</summary>
[Collection("sample-scan")]
public sealed class SampleScanTests(SampleScanFixture scan)
{
    private static readonly string[] OutputFiles = ["results.sarif", "results.json", "report.html", "report.md", "junit.xml"];

    [Fact]
    public void Exits_zero_with_fail_on_none_and_writes_every_output()
    {
        Assert.True(scan.First.ExitCode == 0, $"exit {scan.First.ExitCode}\nstderr: {scan.First.Stderr}\nstdout: {scan.First.Stdout}");
        foreach (var f in OutputFiles) Assert.True(File.Exists(Path.Combine(scan.Out, f)), $"{f} missing");
    }

    [Theory]
    // sshd: PasswordAuthentication yes on line 6 (the commented "no" above it is not a setting).
    [InlineData("CMP5201", "deploy/etc/ssh/sshd_config", 6)]
    // Malformed YAML: one parse-error finding, the rest of the scan goes on.
    [InlineData("CMP9001", "deploy/k8s/configmap-broken.yaml", 7)]
    // MD5 used to hash a password (span on the call in HashPassword).
    [InlineData("CMP2002", "src/WarehouseCrm/Services/PasswordService.cs", 14)]
    public void Reports_expected_findings_at_expected_lines(string ruleId, string file, int line)
    {
        var hits = scan.Findings.Where(f => f.GetProperty("ruleId").GetString() == ruleId && f.GetProperty("file").GetString() == file).ToList();
        Assert.True(hits.Any(h => h.GetProperty("startLine").GetInt32() == line),
            $"{ruleId} expected at {file}:{line}; found at: {string.Join(", ", hits.Select(h => h.GetProperty("startLine").GetInt32()))}\nall: {string.Join("\n", scan.Findings.Select(f => $"{f.GetProperty("ruleId")} {f.GetProperty("file")}:{f.GetProperty("startLine")}"))}");
    }

    [Fact]
    public void Md5_used_for_an_etag_is_not_reported()
    {
        // PriceListETag (line 22) hashes content, not a secret.
        Assert.DoesNotContain(scan.Findings, f => f.GetProperty("file").GetString() == "src/WarehouseCrm/Services/PasswordService.cs"
                                                  && f.GetProperty("startLine").GetInt32() == 22);
    }

    [Fact]
    public void Same_input_gives_byte_identical_sarif_and_json()
    {
        Assert.Equal(0, scan.Second.ExitCode);
        foreach (var f in new[] { "results.sarif", "results.json", "junit.xml" })
            Assert.True(File.ReadAllBytes(Path.Combine(scan.Out, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(scan.Out2, f))), $"{f} differs between two scans of the same input");
    }

    [Fact]
    public void No_canary_secret_reaches_any_output()
    {
        var outputs = OutputFiles.Select(f => (f, File.ReadAllText(Path.Combine(scan.Out, f))))
            .Append(("stdout", scan.First.Stdout)).Append(("stderr", scan.First.Stderr));
        foreach (var (name, text) in outputs)
            foreach (var canary in scan.Canaries)
            {
                // The public marker prefix (AKIA) may be shown; no run of 8 characters of the rest may.
                var secretPart = canary.StartsWith("AKIA", StringComparison.Ordinal) ? canary[4..] : canary;
                for (int i = 0; i + 8 <= secretPart.Length; i++)
                    Assert.False(text.Contains(secretPart.Substring(i, 8), StringComparison.Ordinal), $"{name} leaks part of a canary secret");
            }
    }

    [Fact]
    public void Planted_canaries_are_detected_as_secrets()
    {
        var secretFiles = scan.Findings.Where(f => f.GetProperty("theme").GetString() == "secret").Select(f => f.GetProperty("file").GetString()).ToHashSet();
        Assert.Contains("deploy/canary.env", secretFiles);
        Assert.Contains("src/WarehouseCrm/appsettings.Production.json", secretFiles);
        Assert.Contains("src/WarehouseCrm/Canary.cs", secretFiles);
    }

    [Fact]
    public void Results_json_has_claims_with_verdicts_for_every_whitepaper_section()
    {
        var claims = scan.Results.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("verdict").GetString());
        string[] sections = ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5"];
        Assert.Equal(sections, claims.Keys.ToArray());
        Assert.Equal("contradicted", claims["3.1"]); // MD5 password hashing
        Assert.Equal("contradicted", claims["4.1"]); // PasswordAuthentication yes
        Assert.Equal("contradicted", claims["2.6"]); // phone numbers logged unmasked
        Assert.Equal("manual", claims["4.3"]);       // emergency drills need documents
    }

    [Fact]
    public void Sarif_rules_carry_security_and_exactly_one_theme_tag_and_relative_uris()
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(scan.Out, "results.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var themes = Compliance.Rules.Model.Themes.All;
        foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.Contains("security", tags);
            Assert.Single(tags, t => themes.Contains(t));
        }
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var loc = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("%SRCROOT%", loc.GetProperty("uriBaseId").GetString());
            Assert.False(Path.IsPathRooted(loc.GetProperty("uri").GetString()));
        }
        Assert.DoesNotContain(scan.Root, File.ReadAllText(Path.Combine(scan.Out, "results.sarif")));
    }

    [SarifMultitoolFact]
    public void Sarif_is_valid_according_to_the_sarif_multitool()
    {
        var tool = SarifValidator.Locate();
        Assert.True(tool is not null, "CI must install @microsoft/sarif-multitool (scripts/test.sh)");
        var (ok, output) = SarifValidator.Validate(tool, Path.Combine(scan.Out, "results.sarif"));
        Assert.True(ok, output);
    }

    [Fact]
    public void Html_report_lists_findings_and_claims_and_escapes_content()
    {
        var html = File.ReadAllText(Path.Combine(scan.Out, "report.html"));
        Assert.Contains("CMP5201", html);
        Assert.Contains("deploy/etc/ssh/sshd_config", html.Replace("<wbr>", "")); // paths may break after each /
        Assert.Contains("3.1", html);
        Assert.Contains("不符合", html); // contradicted, zh-CN by default
        Assert.DoesNotContain("<script src", html);
    }

    [Fact]
    public void Console_summary_counts_findings_and_parse_errors()
    {
        // zh-CN by default: counts by risk level, the claims, and the critical findings first.
        Assert.Contains("无法解析的文件 1", scan.First.Stdout);
        Assert.Contains("3.1  不符合 (contradicted)", scan.First.Stdout);
        Assert.Contains("src/WarehouseCrm/Program.cs:16 CMP1001", scan.First.Stdout);
    }
}

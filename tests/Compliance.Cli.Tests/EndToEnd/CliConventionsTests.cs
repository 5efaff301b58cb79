namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json.Nodes;

/// <summary>
/// The command-line conventions users expect from scanners (gitleaks, trivy, checkov): empty
/// --format rejected, --quiet, --config PATH, --rule / --skip-rule, help without duplicated defaults.
/// </summary>
public sealed class CliConventionsTests
{
    /// <summary>sshd_config with findings of two ssh-hardening rules (CMP5201 password login, CMP5204 MaxAuthTries) and a broken YAML file (CMP9001).</summary>
    private static string Repo()
    {
        var root = CliRunner.TempDir("conv");
        Directory.CreateDirectory(Path.Combine(root, "etc", "ssh"));
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "Port 22\nPasswordAuthentication yes\nPermitRootLogin no\nMaxAuthTries 10\n");
        File.WriteAllText(Path.Combine(root, "broken.yaml"), "a: [1, 2\n");
        return root;
    }

    private static JsonNode Results(string root, string output = "out") => JsonNode.Parse(File.ReadAllText(Path.Combine(root, output, "results.json")))!;

    private static List<string> RuleIds(JsonNode results) =>
        results["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> ExaminedThemes(JsonNode results, string claim) =>
        results["claims"]!.AsArray().Single(c => (string)c!["id"]! == claim)!["examined"]!.AsArray().Select(e => (string)e!["theme"]!).ToList();

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" , ")]
    public void An_empty_format_is_rejected_with_exit_2_and_a_reason(string value)
    {
        var root = Repo();
        var run = CliRunner.Invoke(root, "scan", ".", "--format", value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --format needs at least one of console, sarif, json, html, md, junit, pdf (got an empty value)", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    [Fact]
    public void Report_rejects_an_empty_format_too()
    {
        var root = Repo();
        Assert.Equal(0, CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none").ExitCode);
        var run = CliRunner.Invoke(root, "report", "out", "--format", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --format needs at least one of", run.Stderr);
        Assert.False(File.Exists(Path.Combine(root, "out", "report.html")));
    }

    [Fact]
    public void Quiet_prints_nothing_but_still_writes_outputs_and_gates()
    {
        var root = Repo();
        var loud = CliRunner.Invoke(root, "scan", ".", "--format", "console,json", "--fail-on", "none", "--lang", "en");
        Assert.Equal(0, loud.ExitCode);
        Assert.Contains("CMP5201", loud.Stdout); // the console summary a quiet run leaves out

        var quiet = CliRunner.Invoke(root, "scan", ".", "-q", "--format", "console,json", "--output", "q", "--lang", "en");
        Assert.Equal(1, quiet.ExitCode); // CMP5201 is high: the default gate still trips
        Assert.Equal("", quiet.Stdout);
        Assert.Equal("", quiet.Stderr);
        Assert.Contains("CMP5201", RuleIds(Results(root, "q")));

        var error = CliRunner.Invoke(root, "scan", ".", "--quiet", "--fail-on", "severe");
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("--fail-on 'severe'", error.Stderr); // errors still reach stderr
    }

    [Fact]
    public void Config_reads_compliance_yaml_from_elsewhere_and_ignores_the_one_at_the_root()
    {
        var root = Repo();
        // The root's file would fail the scan (unknown key → exit 2) if it were read.
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "notAKey: 1\n");
        Directory.CreateDirectory(Path.Combine(root, "ci"));
        // Waives the three high sshd findings (password login, single factor, any source address).
        File.WriteAllText(Path.Combine(root, "ci", "compliance-strict.yaml"), "waivers:\n" + string.Concat(new[] { "CMP5201", "CMP5001", "CMP5101" }.Select(id => $"""
              - rule: {id}
                path: etc/ssh/**
                reason: bastion host, password login through the VPN only
                owner: ops
                expires: 2099-12-31

            """)));

        var run = CliRunner.Invoke(root, "scan", ".", "--config", "ci/compliance-strict.yaml", "--format", "json", "--fail-on", "high");
        Assert.True(run.ExitCode == 0, run.Stderr); // every high finding is in etc/ssh, waived by the --config file
        var finding = Results(root)["findings"]!.AsArray().Single(f => (string)f!["ruleId"]! == "CMP5201")!;
        Assert.Equal("bastion host, password login through the VPN only", (string)finding["suppression"]!["justification"]!);

        var without = CliRunner.Invoke(root, "scan", ".", "--format", "json");
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("invalid compliance.yaml", without.Stderr);

        var missing = CliRunner.Invoke(root, "scan", ".", "--config", "ci/nope.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error: --config: no such file: ci/nope.yaml", missing.Stderr);

        var invalid = CliRunner.Invoke(root, "scan", ".", "--config", "compliance.yaml");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("invalid compliance.yaml", invalid.Stderr);
    }

    [Fact]
    public void Config_elsewhere_resolves_its_claims_file_next_to_itself()
    {
        var root = Repo();
        Directory.CreateDirectory(Path.Combine(root, "ci"));
        File.WriteAllText(Path.Combine(root, "ci", "whitepaper.md"), """
            # 白皮书

            ## 1 服务器登录限制
            运维人员只能使用密钥登录服务器，禁止口令登录。
            """);
        var draft = CliRunner.Invoke(root, "claims", "init", "ci/whitepaper.md", "--output", "ci/claims.yaml");
        Assert.True(draft.ExitCode == 0, draft.Stderr);
        File.WriteAllText(Path.Combine(root, "ci", "compliance.yaml"), "claimsFile: claims.yaml\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--config", "ci/compliance.yaml", "--format", "json", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var claim = Assert.Single(Results(root)["claims"]!.AsArray())!;
        Assert.Equal("contradicted", (string)claim["verdict"]!); // PasswordAuthentication yes
    }

    [Fact]
    public void Rule_and_skip_rule_filter_reported_rules_with_globs_and_keep_parse_errors()
    {
        var root = Repo();
        var all = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "all");
        Assert.Equal(0, all.ExitCode);
        var allIds = RuleIds(Results(root, "all"));
        Assert.Contains("CMP5201", allIds);
        Assert.Contains("CMP5204", allIds);
        Assert.Contains("CMP9001", allIds);
        Assert.Contains(allIds, id => !id.StartsWith("CMP52", StringComparison.Ordinal) && id != "CMP9001");

        var one = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "one", "--rule", "CMP5201");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(["CMP5201", "CMP9001"], RuleIds(Results(root, "one"))); // tool results stay: they say what was not checked

        var glob = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "glob", "--rule", "cmp52*", "--skip-rule", "CMP5204,CMP9001");
        Assert.Equal(0, glob.ExitCode);
        Assert.Equal(["CMP5201"], RuleIds(Results(root, "glob")));

        var skip = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "skip", "--skip-rule", "CMP52*");
        Assert.Equal(0, skip.ExitCode);
        var skipIds = RuleIds(Results(root, "skip"));
        Assert.DoesNotContain(skipIds, id => id.StartsWith("CMP52", StringComparison.Ordinal));
        Assert.Equal(allIds.Where(id => !id.StartsWith("CMP52", StringComparison.Ordinal)), skipIds);

        // The gate and the summary see only what is reported.
        var gated = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--output", "gated", "--rule", "CMP52*", "--skip-rule", "CMP5201", "--fail-on", "high");
        Assert.Equal(0, gated.ExitCode); // CMP5201 was the only high CMP52xx finding; CMP5204 is medium
        Assert.Equal((0, 2), ((int)Results(root, "gated")["summary"]!["high"]!, (int)Results(root, "gated")["summary"]!["medium"]!)); // CMP5204 + CMP9001
    }

    [Fact]
    public void A_skipped_rule_gives_no_claim_evidence_and_baseline_entries_of_skipped_rules_are_not_fixed()
    {
        var root = Repo();
        Assert.Equal(0, CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "all").ExitCode);
        Assert.Contains("ssh-hardening", ExaminedThemes(Results(root, "all"), "4.1"));

        // One ssh-hardening rule skipped: the theme is no longer fully checked, so it is no evidence for 4.1.
        Assert.Equal(0, CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "part", "--skip-rule", "CMP5204").ExitCode);
        Assert.DoesNotContain("ssh-hardening", ExaminedThemes(Results(root, "part"), "4.1"));

        var baseline = CliRunner.Invoke(root, "baseline", "create", ".", "--output", "base.json");
        Assert.True(baseline.ExitCode == 0, baseline.Stderr);
        var run = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--output", "base", "--baseline", "base.json", "--rule", "CMP5201");
        Assert.Equal(0, run.ExitCode);
        var results = Results(root, "base");
        Assert.DoesNotContain(results["findings"]!.AsArray(), f => (string?)f!["baselineState"] == "absent");
        Assert.Equal(0, (int)results["summary"]!["absent"]!);
        Assert.Equal("unchanged", (string)results["findings"]!.AsArray().Single(f => (string)f!["ruleId"]! == "CMP5201")!["baselineState"]!);
    }

    [Theory]
    [InlineData("--rule", "CMP0000", "error: unknown rule 'CMP0000' in --rule: see 'compliance rules list'")]
    [InlineData("--skip-rule", "CMP0000", "error: unknown rule 'CMP0000' in --skip-rule")]
    [InlineData("--rule", "CMX*", "error: --rule 'CMX*' matches no rule")]
    [InlineData("--rule", "", "error: --rule needs a rule id or glob")]
    public void Unknown_rule_ids_and_globs_selecting_nothing_exit_2(string option, string value, string message)
    {
        var root = Repo();
        var run = CliRunner.Invoke(root, "scan", ".", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_skip_glob_that_matches_nothing_is_only_a_warning()
    {
        var root = Repo();
        var run = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--skip-rule", "CMX*");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: --skip-rule 'CMX*' matches no rule", run.Stderr);

        var quiet = CliRunner.Invoke(root, "scan", ".", "--format", "json", "--fail-on", "none", "--skip-rule", "CMX*", "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr); // --quiet: errors only
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("report")]
    [InlineData("rules")]
    [InlineData("claims")]
    [InlineData("baseline")]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("gitee")]
    public async Task Help_texts_state_each_default_once(string command)
    {
        foreach (var args in new[] { new[] { command, "--help" } }.Concat(Subcommands(command).Select(s => new[] { command, s, "--help" })))
        {
            var stdout = new StringWriter();
            Assert.Equal(0, await CommandLine.RunAsync(args, stdout, new StringWriter()));
            var help = stdout.ToString();
            Assert.Contains("Usage:", help);
            foreach (var line in help.Split('\n').Where(l => l.Contains("[default:", StringComparison.Ordinal)))
                Assert.DoesNotMatch(@"(?i)default[:)]|\(default", line[..line.IndexOf("[default:", StringComparison.Ordinal)]);
        }
    }

    private static string[] Subcommands(string command) => command switch
    {
        "rules" => ["list", "show"],
        "claims" => ["init"],
        "baseline" => ["create"],
        _ => [],
    };

    [Fact]
    public async Task Scan_help_lists_the_new_options()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["scan", "--help"], stdout, new StringWriter()));
        var help = stdout.ToString();
        Assert.Contains("-q, --quiet", help);
        Assert.Contains("--config <config>", help);
        Assert.Contains("--rule <rule>", help);
        Assert.Contains("--skip-rule <skip-rule>", help);
        Assert.Contains("Folder for results.sarif, results.json, report.html… [default: out]", help);
    }
}

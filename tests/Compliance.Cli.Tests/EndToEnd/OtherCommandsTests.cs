namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;

/// <summary>rules, report, claims init and baseline create / scan --baseline, as users run them.</summary>
public sealed class OtherCommandsTests
{
    private static string SshdRepo()
    {
        var root = CliRunner.TempDir("cmds");
        Directory.CreateDirectory(Path.Combine(root, "etc", "ssh"));
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "Port 22\nPasswordAuthentication yes\nPermitRootLogin no\n");
        return root;
    }

    [Fact]
    public void Rules_list_and_show_print_the_catalog_with_clauses_and_examples()
    {
        var root = CliRunner.TempDir("rules");
        var list = CliRunner.Invoke(root, "rules", "list", "--lang", "en");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("CMP5201  ssh-hardening", StringComparison.Ordinal));
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("CMP2090", StringComparison.Ordinal) && l.EndsWith("(off by default)", StringComparison.Ordinal));

        var show = CliRunner.Invoke(root, "rules", "show", "cmp5201");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("gbt22239-8.1.4.1-d [V]", show.Stdout);
        Assert.Contains("fail/match-reenables: fails at etc/ssh/sshd_config:", show.Stdout);
        Assert.Contains("docs: docs/rules/CMP5201.md", show.Stdout);

        var missing = CliRunner.Invoke(root, "rules", "show", "CMP0000");
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public void Report_re_renders_a_saved_scan_without_scanning_again()
    {
        var root = SshdRepo();
        var scan = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");
        Assert.Equal(0, scan.ExitCode);
        // The scanned input is gone: re-rendering must not need it.
        Directory.Delete(Path.Combine(root, "etc"), true);
        var report = CliRunner.Invoke(root, "report", "out", "--format", "html,md", "--lang", "en");
        Assert.True(report.ExitCode == 0, report.Stderr);
        var html = File.ReadAllText(Path.Combine(root, "out", "report.html"));
        Assert.Contains("CMP5201", html);
        Assert.Contains("etc/ssh/sshd_config", html.Replace("<wbr>", "")); // paths may break after each /
        Assert.Contains("CMP5201", File.ReadAllText(Path.Combine(root, "out", "report.md")));

        File.WriteAllText(Path.Combine(root, "broken.json"), "{\"schemaVersion\": 1, \"findings\": [");
        var broken = CliRunner.Invoke(root, "report", "broken.json");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json", broken.Stderr);
    }

    [Fact]
    public void Claims_init_drafts_a_profile_that_scan_can_use()
    {
        var root = SshdRepo();
        File.WriteAllText(Path.Combine(root, "whitepaper.md"), """
            # 云仓系统安全白皮书

            ## 1 服务器登录限制
            运维人员只能使用密钥登录服务器，禁止口令登录；登录需经过双因素认证，并限制来源 IP 白名单。

            ## 2 传输加密
            所有接口均通过 HTTPS（TLS 1.2 及以上）全程加密传输。
            """);
        var draft = CliRunner.Invoke(root, "claims", "init", "whitepaper.md", "--output", "claims.yaml");
        Assert.True(draft.ExitCode == 0, draft.Stderr);
        var yaml = File.ReadAllText(Path.Combine(root, "claims.yaml"));
        Assert.Contains("ctl-ssh-key-only-login", yaml);
        Assert.Contains("ctl-tls-in-transit", yaml);

        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "claimsFile: claims.yaml\n");
        var scan = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var claims = doc.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.Equal("contradicted", claims[0].GetProperty("verdict").GetString()); // PasswordAuthentication yes
    }

    [Fact]
    public void Baseline_gates_only_new_findings_and_reports_fixed_ones()
    {
        var root = SshdRepo();
        var create = CliRunner.Invoke(root, "baseline", "create", ".", "--output", "baseline.json");
        Assert.True(create.ExitCode == 0, create.Stderr);

        // Same findings, shifted by two lines: unchanged, so the gate passes.
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "# bastion\n# managed by ops\nPort 22\nPasswordAuthentication yes\nPermitRootLogin no\n");
        var same = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json,sarif", "--baseline", "baseline.json");
        Assert.True(same.ExitCode == 0, same.Stderr + same.Stdout);
        Assert.Contains("\"baselineState\": \"unchanged\"", File.ReadAllText(Path.Combine(root, "out", "results.sarif")));

        // A new high finding (root login) fails the gate; the fixed password finding is "absent".
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "Port 22\nPasswordAuthentication no\nPermitRootLogin yes\n");
        var changed = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--baseline", "baseline.json");
        Assert.True(changed.ExitCode == 1, changed.Stderr + changed.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var states = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString(), f.TryGetProperty("baselineState", out var s) ? s.GetString() : null)).ToList();
        Assert.Contains(("CMP5202", "new"), states);
        Assert.Contains(("CMP5201", "absent"), states);

        var bad = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--baseline", "nope.json");
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public void Waivers_suppress_until_they_expire_and_expired_ones_are_reported()
    {
        var root = SshdRepo();
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "Port 22\nPasswordAuthentication yes\nPermitRootLogin yes\n");
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), """
            waivers:
              - rule: CMP5201
                path: etc/ssh/**
                reason: bastion migrates to keys in sprint 42
                owner: ops@example.cn
                expires: 2026-12-31
              - rule: CMP5202
                path: etc/ssh/sshd_config
                reason: legacy root access
                owner: ops@example.cn
                expires: 2026-01-31
            """);
        // Gate on ssh-hardening only (the file also lacks MFA and an allowlist, which are other themes).
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json,sarif", "--as-of", "2026-11-01", "--fail-on", "none,ssh-hardening=high");
        // CMP5202 (high) is no longer waived: the gate fails.
        Assert.True(run.ExitCode == 1, run.Stderr + run.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var waived = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "CMP5201");
        Assert.Equal("external", waived.GetProperty("suppression").GetProperty("kind").GetString());
        Assert.Equal("ops@example.cn", waived.GetProperty("suppression").GetProperty("owner").GetString());
        var expired = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "CMP5202");
        Assert.False(expired.TryGetProperty("suppression", out _));
        Assert.Contains(doc.RootElement.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "CMP9003");
        Assert.Contains("\"suppressions\"", File.ReadAllText(Path.Combine(root, "out", "results.sarif")));

        // Before CMP5202's waiver expired, no high ssh-hardening finding is left unsuppressed.
        var before = CliRunner.Invoke(root, "scan", ".", "--output", "out2", "--format", "json", "--as-of", "2026-01-15", "--fail-on", "none,ssh-hardening=high");
        Assert.True(before.ExitCode == 0, before.Stderr + before.Stdout);
    }

    [Fact]
    public void Password_hash_profile_from_compliance_yaml_reaches_the_analyzers()
    {
        var root = CliRunner.TempDir("profile");
        File.WriteAllText(Path.Combine(root, "Hasher.cs"), """
            using System.Security.Cryptography;
            public static class Hasher
            {
                public static byte[] Hash(string password, byte[] salt) =>
                    Rfc2898DeriveBytes.Pbkdf2(password, salt, 200_000, HashAlgorithmName.SHA256, 32);
            }
            """);
        string[] Rules() => JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json"))).RootElement
            .GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();

        // Default microsoft-sdl (>= 100,000 iterations): 200,000 passes.
        Assert.Equal(0, CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none").ExitCode);
        Assert.DoesNotContain("CMP2003", Rules());

        // owasp-2023 (PBKDF2-HMAC-SHA256 >= 600,000): the same code is a finding.
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "passwordHashProfile: owasp-2023\n");
        Assert.Equal(0, CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none").ExitCode);
        Assert.Contains("CMP2003", Rules());
    }
}

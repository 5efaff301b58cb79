namespace Compliance.Cli.Tests.EndToEnd;

using System.Text;
using System.Text.Json;

/// <summary>Exit codes (0/1/2) and bad input: nothing crashes, nothing is silently dropped.</summary>
public sealed class ExitCodeAndBadInputTests
{
    private static string SshdOnly(string passwordAuth)
    {
        var root = CliRunner.TempDir("sshd");
        Directory.CreateDirectory(Path.Combine(root, "etc", "ssh"));
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), $"Port 22\nPasswordAuthentication {passwordAuth}\n");
        return root;
    }

    [Fact]
    public void Exit_1_when_a_finding_is_at_or_above_fail_on()
    {
        var root = SshdOnly("yes");
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "high");
        Assert.True(run.ExitCode == 1, run.Stderr + run.Stdout);
    }

    [Fact]
    public void Exit_0_when_findings_are_below_fail_on()
    {
        var root = SshdOnly("yes");
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "critical");
        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "CMP5201");
    }

    [Fact]
    public void Fail_on_per_theme_gates_a_lower_severity_of_that_theme()
    {
        var root = SshdOnly("yes");
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none", "--fail-on", "ssh-hardening=low");
        Assert.True(run.ExitCode == 1, run.Stderr + run.Stdout);
    }

    [Theory]
    [InlineData("scan", ".", "--no-such-flag")]
    [InlineData("scan", "does/not/exist")]
    [InlineData("scan", ".", "--lang", "fr")]
    [InlineData("scan", ".", "--fail-on", "severe")]
    [InlineData("scan", ".", "--format", "docx")]
    [InlineData("frobnicate")]
    public void Exit_2_with_a_one_line_reason_for_an_unusable_invocation(params string[] args)
    {
        var root = SshdOnly("no");
        var run = CliRunner.Invoke(root, args);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.StartsWith("error: ", run.Stderr.TrimStart());
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Exit_2_for_an_invalid_compliance_yaml()
    {
        var root = SshdOnly("no");
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "lang: [zh-CN\n");
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("compliance.yaml", run.Stderr);
    }

    [Fact]
    public void Help_is_available_for_every_command()
    {
        var root = CliRunner.TempDir("help");
        foreach (var cmd in new[] { new[] { "--help" }, ["scan", "--help"], ["report", "--help"], ["rules", "--help"], ["rules", "list", "--help"], ["claims", "init", "--help"], ["baseline", "create", "--help"], ["github", "--help"] })
        {
            var run = CliRunner.Invoke(root, cmd);
            Assert.True(run.ExitCode == 0, string.Join(' ', cmd) + ": " + run.Stderr);
            Assert.Contains("Usage", run.Stdout);
        }
    }

    [Fact]
    public void Bad_inputs_are_reported_and_the_rest_of_the_scan_goes_on()
    {
        var root = SshdOnly("yes");
        // Truncated JSON: a parse error at its last line (3; the file ends with a newline).
        File.WriteAllText(Path.Combine(root, "settings.json"), "{\n  \"a\": 1,\n  \"b\": [1, 2\n");
        // Binary file: skipped with a reason.
        File.WriteAllBytes(Path.Combine(root, "logo.bin"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        // GBK/GB18030 text with a Chinese comment: decoded, not an error.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(root, "notes.yaml"), Encoding.GetEncoding("GB18030").GetBytes("# 仓库配置\nname: 冷链\n"));
        // Over the size limit set in compliance.yaml.
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "maxFileSizeMb: 1\n");
        File.WriteAllText(Path.Combine(root, "huge.log"), new string('x', 2 * 1024 * 1024));

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => (Rule: f.GetProperty("ruleId").GetString(), File: f.GetProperty("file").GetString(), Line: f.GetProperty("startLine").GetInt32())).ToList();
        Assert.Contains(("CMP9001", "settings.json", 3), findings.Select(f => (f.Rule, f.File, f.Line)));
        Assert.Contains(findings, f => f.Rule == "CMP9002" && f.File == "huge.log");
        Assert.DoesNotContain(findings, f => f.File == "notes.yaml");
        Assert.Contains(findings, f => f.Rule == "CMP5201" && f.File == "etc/ssh/sshd_config" && f.Line == 2);
        var skipped = doc.RootElement.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("file").GetString()).ToList();
        Assert.Contains("logo.bin", skipped);
        Assert.Contains("huge.log", skipped);
    }

    [Fact]
    public void Broken_csharp_outside_any_project_is_still_analysed()
    {
        var root = CliRunner.TempDir("broken-cs");
        File.WriteAllText(Path.Combine(root, "Broken.cs"), """
            using System.Security.Cryptography;
            class Hasher {
                byte[] Hash(byte[] data) { var md5 = MD5.Create(); return md5.ComputeHash(data) }
                void Half( {
            """);
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        Assert.Equal("fallback", doc.RootElement.GetProperty("scan").GetProperty("csharpMode").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("scan").GetProperty("csharpFilesWithErrors").GetInt32());
        Assert.DoesNotContain(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("theme").GetString() == "parse-error");
    }
}

namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// Issue 14, the context rules on real repositories: every <c>appsettings.&lt;Env&gt;.json</c> but Production is
/// development-only configuration (DECISIONS.md "Precision and context", policy-defaults' out-of-scope list: Blog.Core's
/// gateway settings <c>appsettings.gw.json</c> included; its JWT signing secret is listed at low, context dev), while
/// <c>appsettings.json</c>/<c>appsettings.Production.json</c> gate; and Admin.NET's <c>SeedData/SysUserSeedData.cs</c> real-looking phone numbers (CMP3010, whose subject is
/// seed data) were lowered by the seed-data context.
/// </summary>
public sealed class ContextRegressionTests
{
    private static string Random(int n) =>
        new(Enumerable.Range(0, n).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[RandomNumberGenerator.GetInt32(56)]).ToArray());

    private static string Digits(int n) => new(Enumerable.Range(0, n).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))).ToArray());

    [Fact]
    public void Every_non_production_environment_file_is_dev_the_production_one_gates_and_seed_data_keeps_cmp3010()
    {
        var root = CliRunner.TempDir("context-regressions");
        Directory.CreateDirectory(Path.Combine(root, "Blog.Core.Gateway"));
        Directory.CreateDirectory(Path.Combine(root, "Admin.NET.Core", "SeedData"));
        Directory.CreateDirectory(Path.Combine(root, "tests", "Api"));
        var secret = "Qv9!" + Random(28);
        var gateway = $"{{\n  \"Audience\": {{\n    \"Secret\": \"{secret}\",\n    \"Issuer\": \"Blog.Core\"\n  }}\n}}\n";
        File.WriteAllText(Path.Combine(root, "Blog.Core.Gateway", "appsettings.gw.json"), gateway);
        File.WriteAllText(Path.Combine(root, "Blog.Core.Gateway", "appsettings.Local.json"), gateway);
        File.WriteAllText(Path.Combine(root, "Blog.Core.Gateway", "appsettings.Production.json"), gateway);
        var phone = "139" + Digits(8);
        var seed = "namespace Admin.NET.Core;\npublic class SysUser { public string Account { get; set; } = \"\"; public string Phone { get; set; } = \"\"; }\n" +
                   "public class SysUserSeedData\n{\n    public SysUser[] HasData() => new[]\n    {\n" +
                   $"        new SysUser {{ Account = \"superadmin\", Phone = \"{phone}\" }},\n    }};\n}}\n";
        File.WriteAllText(Path.Combine(root, "Admin.NET.Core", "SeedData", "SysUserSeedData.cs"), seed);
        File.WriteAllText(Path.Combine(root, "tests", "Api", "UserFixtures.cs"), seed.Replace("namespace Admin.NET.Core;", "namespace Api.Tests;"));

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--lang", "en", "--untrusted", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (File: f.GetProperty("file").GetString(), Line: f.GetProperty("startLine").GetInt32(), Rule: f.GetProperty("ruleId").GetString(),
                          Severity: f.GetProperty("severity").GetString(), Context: f.TryGetProperty("context", out var c) ? c.GetString() : null))
            .ToList();

        // any appsettings.<Env>.json but Production is development-only; the Production file gates
        Assert.Contains(("Blog.Core.Gateway/appsettings.gw.json", 3, "CMP1005", "low", "dev"), findings);
        Assert.Contains(("Blog.Core.Gateway/appsettings.Local.json", 3, "CMP1005", "low", "dev"), findings);
        Assert.Contains(("Blog.Core.Gateway/appsettings.Production.json", 3, "CMP1005", "high", (string?)null), findings);
        // the seed data keeps CMP3010's severity; the same data in a test folder is lowered
        Assert.Contains(("Admin.NET.Core/SeedData/SysUserSeedData.cs", 7, "CMP3010", "medium", (string?)null), findings);
        Assert.Contains(("tests/Api/UserFixtures.cs", 7, "CMP3010", "low", "test"), findings);
        Assert.DoesNotContain(secret[4..], File.ReadAllText(Path.Combine(root, "out", "results.json")));
        Assert.DoesNotContain(phone[3..], File.ReadAllText(Path.Combine(root, "out", "results.json")));
    }
}

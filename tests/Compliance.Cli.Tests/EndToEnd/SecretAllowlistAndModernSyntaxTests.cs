namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

public sealed class SecretAllowlistAndModernSyntaxTests
{
    private static string Random(int n) =>
        new(Enumerable.Range(0, n).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[RandomNumberGenerator.GetInt32(56)]).ToArray());

    private static string Sha(string v) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(v)));

    [Fact]
    public void Allowlisted_secret_values_stay_in_results_as_suppressed_and_do_not_gate()
    {
        var root = CliRunner.TempDir("allowlist");
        var envValue = "Aa1!" + Random(20);
        var csValue = "Bb2!" + Random(20);
        File.WriteAllText(Path.Combine(root, ".env"), $"DB_PASSWORD={envValue}\n");
        File.WriteAllText(Path.Combine(root, "Mailer.cs"), $$"""
            class Mailer { System.Net.NetworkCredential C() => new("mailer", "{{csValue}}"); }
            """);
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), $"secretAllowlist:\n  - sha256:{Sha(envValue)}\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json,sarif", "--fail-on", "low", "--untrusted");
        Assert.True(run.ExitCode == 1, run.Stderr); // the C# one is not allowlisted
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json"))))
        {
            var secrets = doc.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("theme").GetString() == "secret").ToList();
            var env = Assert.Single(secrets, f => f.GetProperty("file").GetString() == ".env");
            Assert.Equal("external", env.GetProperty("suppression").GetProperty("kind").GetString());
            var cs = Assert.Single(secrets, f => f.GetProperty("file").GetString() == "Mailer.cs");
            Assert.False(cs.TryGetProperty("suppression", out _));
        }
        Assert.Contains("\"suppressions\"", File.ReadAllText(Path.Combine(root, "out", "results.sarif")));

        File.WriteAllText(Path.Combine(root, "compliance.yaml"), $"secretAllowlist:\n  - {Sha(envValue)}\n  - {Sha(csValue)}\n");
        run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "low", "--untrusted");
        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        foreach (var v in new[] { envValue, csValue })
            Assert.DoesNotContain(v[4..], File.ReadAllText(Path.Combine(root, "out", "results.json")));
    }

    [Fact]
    public void Analyzers_run_under_the_hosts_newer_roslyn_on_csharp_14_syntax_without_errors()
    {
        var root = CliRunner.TempDir("csharp14");
        File.WriteAllText(Path.Combine(root, "Modern.cs"), """
            using System.Security.Cryptography;
            using System.Text;

            public static class PasswordExtensions
            {
                extension(string password)
                {
                    public byte[] Digest() => SHA256.HashData(Encoding.UTF8.GetBytes(password));
                }
            }

            public class Account
            {
                public string Name { get => field; set => field = value.Trim(); } = "";
                public Account? Parent { get; set; }
                public void Rename(string n) { Parent?.Name = n; }
                public string Hash(string password) => System.Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
            }
            """);
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var notices = doc.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();
        Assert.DoesNotContain(notices, n => n.Contains("AD0001", StringComparison.Ordinal));
        Assert.Equal(0, doc.RootElement.GetProperty("scan").GetProperty("csharpFilesWithErrors").GetInt32());
        // MD5 of a password parameter: a fast hash of a password, on line 17.
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == "CMP2002" && f.GetProperty("startLine").GetInt32() == 17);
    }
}

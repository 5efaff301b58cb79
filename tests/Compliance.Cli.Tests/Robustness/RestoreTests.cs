namespace Compliance.Cli.Tests.Robustness;

using System.Text.Json;
using Compliance.Cli.Scanning;
using Compliance.Cli.Tests.EndToEnd;

/// <summary>
/// Restore is one bounded step for the whole scan root (docs/decisions.md "Restore"): projects whose restore
/// fails still have their C# analysed (fallback where nothing resolves), loose files too, and the failure is
/// said once for all projects.
/// </summary>
public sealed class RestoreTests
{
    [Fact]
    public void Projects_whose_restore_fails_are_reported_in_one_notice_and_their_code_is_still_analysed()
    {
        var root = CliRunner.TempDir("restore");
        void Write(string rel, string text)
        {
            var full = Path.Combine(root, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        foreach (var name in new[] { "Orders", "Billing" })
        {
            Write($"{name}/{name}.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Compliance.Restore.NoSuchPackage" Version="9.9.9" /></ItemGroup>
                </Project>
                """);
            Write($"{name}/{name}Hash.cs", $"class {name}Hash {{ byte[] H(byte[] d) => System.Security.Cryptography.MD5.HashData(d); }}\n");
        }
        Write("tools/Loose.cs", "class Loose { byte[] H(byte[] d) => System.Security.Cryptography.SHA1.HashData(d); }\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, File: f.GetProperty("file").GetString()!)).ToList();
        Assert.Contains(findings, f => f.File == "Orders/OrdersHash.cs" && f.Rule.StartsWith("CMP2", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.File == "Billing/BillingHash.cs" && f.Rule.StartsWith("CMP2", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.File == "tools/Loose.cs" && f.Rule.StartsWith("CMP2", StringComparison.Ordinal));
        var notices = doc.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("messages").GetProperty("en").GetString()!).ToList(); // the English text (the scan is zh-CN)
        var restore = Assert.Single(notices, n => n.StartsWith("dotnet restore", StringComparison.Ordinal));
        Assert.StartsWith("dotnet restore failed for 2 project(s)", restore);
        Assert.Contains("Billing/Billing.csproj, Orders/Orders.csproj", restore);
    }

    [Theory]
    [InlineData("error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.", true)]
    [InlineData("warning NU1801: Unable to load the service index for source https://nuget.example/v3/index.json.", true)]
    [InlineData("error NU1101: Unable to find package Compliance.Restore.NoSuchPackage.", false)]
    public void Only_feed_failures_stop_the_remaining_restores(string output, bool noFeed) =>
        Assert.Equal(noFeed, CSharpAnalysis.LooksLikeNoFeedAccess(output));
}

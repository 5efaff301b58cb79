namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// DECISIONS.md "Precision and context": a secret under tests/, in a development-only settings file
/// or in a test project is reported at low with its context and the reason in the message; the same
/// secret in production code gates; compliance.yaml's contexts: overrides the folders.
/// </summary>
public sealed class PrecisionAndContextTests
{
    private static string Random(int n) =>
        new(Enumerable.Range(0, n).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[RandomNumberGenerator.GetInt32(56)]).ToArray());

    private static List<JsonElement> Findings(string root)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        Assert.Equal(2, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string? Context(JsonElement f) => f.TryGetProperty("context", out var c) ? c.GetString() : null;

    [Fact]
    public void Test_fixture_and_dev_only_secrets_are_low_with_their_context_and_do_not_gate()
    {
        var root = CliRunner.TempDir("contexts");
        Directory.CreateDirectory(Path.Combine(root, "tests", "Api"));
        Directory.CreateDirectory(Path.Combine(root, "src", "Shop"));
        var secret = "Zq7!" + Random(20);
        File.WriteAllText(Path.Combine(root, "tests", "Api", ".env"), $"DB_PASSWORD={secret}\n");
        File.WriteAllText(Path.Combine(root, "src", "Shop", "appsettings.Development.json"),
            $"{{ \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Debug\" }} }}, \"Smtp\": {{ \"Password\": \"{secret}\" }} }}\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json,sarif", "--lang", "en", "--untrusted");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr); // default gate (high) is not tripped by context findings
        var findings = Findings(root);
        var test = Assert.Single(findings, f => f.GetProperty("file").GetString() == "tests/Api/.env");
        Assert.Equal(("CMP1005", "low", "test"), (test.GetProperty("ruleId").GetString(), test.GetProperty("severity").GetString(), Context(test)));
        Assert.EndsWith("[Context: test code; reported at low severity and not gating.]", test.GetProperty("message").GetString());
        // The development settings file: its secret at low with context dev, and no policy finding (log level) at all.
        var dev = Assert.Single(findings, f => f.GetProperty("file").GetString() == "src/Shop/appsettings.Development.json");
        Assert.Equal(("CMP1005", "low", "dev"), (dev.GetProperty("ruleId").GetString(), dev.GetProperty("severity").GetString(), Context(dev)));

        var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal("medium", r.GetProperty("properties").GetProperty("precision").GetString()));
        Assert.Equal(["dev", "test"], results.Select(r => r.GetProperty("properties").GetProperty("context").GetString()).Order());
        Assert.All(results, r => Assert.Equal("note", r.GetProperty("level").GetString()));
        Assert.DoesNotContain(secret[4..], File.ReadAllText(Path.Combine(root, "out", "results.sarif")));

        // compliance.yaml says tests/ is production here: the same secret is high and gates; the message has no context.
        File.WriteAllText(Path.Combine(root, "compliance.yaml"), "contexts:\n  \"tests/**\": none\n");
        run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--lang", "zh-CN", "--untrusted");
        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        test = Assert.Single(Findings(root), f => f.GetProperty("file").GetString() == "tests/Api/.env");
        Assert.Equal("high", test.GetProperty("severity").GetString());
        Assert.Null(Context(test));
        Assert.DoesNotContain("上下文", test.GetProperty("message").GetString());
    }

    [Fact]
    public void A_launch_profiles_secret_is_dev_and_the_same_secret_in_deployed_settings_gates()
    {
        // btcpayserver's launch profiles hold the local regtest containers' passwords (dotnet run / IDE only).
        var root = CliRunner.TempDir("launch");
        Directory.CreateDirectory(Path.Combine(root, "src", "Shop", "Properties"));
        var secret = "Zq7!" + Random(20);
        File.WriteAllText(Path.Combine(root, "src", "Shop", "Properties", "launchSettings.json"),
            $"{{ \"profiles\": {{ \"Shop\": {{ \"commandName\": \"Project\", \"environmentVariables\": {{ \"SHOP_SSHPASSWORD\": \"{secret}\" }} }} }} }}\n");
        File.WriteAllText(Path.Combine(root, "src", "Shop", "Properties", "settings.json"), $"{{ \"Ssh\": {{ \"Password\": \"{secret}\" }} }}\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--lang", "en", "--untrusted");
        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr); // the deployed settings file gates
        var findings = Findings(root);
        var launch = Assert.Single(findings, f => f.GetProperty("file").GetString() == "src/Shop/Properties/launchSettings.json");
        Assert.Equal(("CMP1005", "low", "dev"), (launch.GetProperty("ruleId").GetString(), launch.GetProperty("severity").GetString(), Context(launch)));
        var deployed = Assert.Single(findings, f => f.GetProperty("file").GetString() == "src/Shop/Properties/settings.json");
        Assert.Equal(("CMP1005", "high"), (deployed.GetProperty("ruleId").GetString(), deployed.GetProperty("severity").GetString()));
        Assert.Null(Context(deployed));
        Assert.DoesNotContain(secret[4..], File.ReadAllText(Path.Combine(root, "out", "results.json")));
    }

    [Fact]
    public void The_scan_root_is_not_a_context_folder_itself()
    {
        // Scanning samples/ as the root (the README's main command): its files are production there.
        var parent = CliRunner.TempDir("root-segments");
        var root = Path.Combine(parent, "samples");
        Directory.CreateDirectory(Path.Combine(root, "app"));
        File.WriteAllText(Path.Combine(root, "app", ".env"), $"DB_PASSWORD=Yx8!{Random(20)}\n");
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none", "--untrusted");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var f = Assert.Single(Findings(root));
        Assert.Equal("high", f.GetProperty("severity").GetString());
        Assert.Null(Context(f));
    }
    [Fact]
    public void A_test_project_is_known_by_its_project_file_in_untrusted_mode_whatever_its_folder_is_called()
    {
        // duplicati (judged blind): the NUnit project lives in Duplicati/UnitTest; --untrusted compiles without packages,
        // so only the project file says it is a test project. A project nested inside it is its own (production) project.
        var root = CliRunner.TempDir("testproj");
        string Dir(params string[] parts) { var d = Path.Combine([root, .. parts]); Directory.CreateDirectory(d); return d; }
        var secret = "Zq7!" + Random(20);
        string Code(string ns) => $"namespace {ns};\npublic class Certs\n{{\n    public string Load()\n    {{\n        var pfxPassword = \"{secret}\";\n        return pfxPassword;\n    }}\n}}\n";
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest"), "Backup.UnitTest.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"nunit\" Version=\"4.3.2\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest", "Certificates"), "CertificateTests.cs"), Code("Backup.UnitTest"));
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest", "Tool"), "Backup.Tool.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest", "Tool"), "Certs.cs"), Code("Backup.Tool"));
        File.WriteAllText(Path.Combine(Dir("Backup", "Server"), "Backup.Server.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"NUnit.Analyzers\" Version=\"4.0.0\" />\n"
            + "    <ProjectReference Include=\"..\\Core\\Backup.Core.csproj\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(Dir("Backup", "Server"), "Certs.cs"), Code("Backup.Server"));
        // OpenAuth.Core's shape: a production library with its tests inside references NUnit and the test SDK; another
        // project references it, so it is a library.
        File.WriteAllText(Path.Combine(Dir("Backup", "Core"), "Backup.Core.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17.0.0\" />\n"
            + "    <PackageReference Include=\"NUnit\" Version=\"3.13.1\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(Dir("Backup", "Core"), "Certs.cs"), Code("Backup.Core"));
        // shared test fixtures: a test project (IsTestProject) that only another test project references stays a test project
        File.WriteAllText(Path.Combine(Dir("Backup", "Fixtures"), "Backup.Fixtures.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <IsTestProject>true</IsTestProject>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(Dir("Backup", "Fixtures"), "Certs.cs"), Code("Backup.Fixtures"));
        // the test project's own settings file is a test file too; the production project's is not
        string Settings() => "{\n  \"Mail\": { \"SmtpPassword\": \"" + secret + "\" }\n}\n";
        File.WriteAllText(Path.Combine(Dir("Backup", "Fixtures"), "appsettings.json"), Settings());
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest", "Tool"), "appsettings.json"), Settings());
        File.WriteAllText(Path.Combine(Dir("Backup", "UnitTest"), "Backup.UnitTest.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"nunit\" Version=\"4.3.2\" />\n"
            + "    <ProjectReference Include=\"..\\Fixtures\\Backup.Fixtures.csproj\" />\n  </ItemGroup>\n</Project>\n");

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--lang", "en", "--untrusted");
        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr); // the production projects still gate
        var findings = Findings(root).Where(f => f.GetProperty("ruleId").GetString() == "CMP1002")
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => (f.GetProperty("severity").GetString(), Context(f), f.GetProperty("startLine").GetInt32()));
        Assert.Equal(("low", "test", 6), findings["Backup/UnitTest/Certificates/CertificateTests.cs"]);
        Assert.Equal(("high", null, 6), findings["Backup/UnitTest/Tool/Certs.cs"]);
        Assert.Equal(("high", null, 6), findings["Backup/Server/Certs.cs"]);
        Assert.Equal(("high", null, 6), findings["Backup/Core/Certs.cs"]);
        Assert.Equal(("low", "test", 6), findings["Backup/Fixtures/Certs.cs"]);
        var settings = Findings(root).Where(f => f.GetProperty("ruleId").GetString() == "CMP1005")
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => (f.GetProperty("severity").GetString(), Context(f), f.GetProperty("startLine").GetInt32()));
        Assert.Equal(("low", "test", 2), settings["Backup/Fixtures/appsettings.json"]);
        Assert.Equal(("high", null, 2), settings["Backup/UnitTest/Tool/appsettings.json"]);
        Assert.DoesNotContain(secret[4..], File.ReadAllText(Path.Combine(root, "out", "results.json")));
    }
}

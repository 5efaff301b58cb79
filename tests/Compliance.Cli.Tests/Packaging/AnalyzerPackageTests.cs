namespace Compliance.Cli.Tests.Packaging;

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;

/// <summary>
/// Packs Compliance.Analyzers, installs it into a throwaway net10.0 console app from a folder feed
/// and builds that app with the SDK's own compiler: what a developer sees after
/// <c>dotnet add package Compliance.Analyzers</c>.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class AnalyzerPackageTests(AnalyzerPackageTests.Packed packed) : IClassFixture<AnalyzerPackageTests.Packed>
{
    public sealed class Packed : IDisposable
    {
        public PackageFeed Feed { get; } = new();
        public DotNet.Result PackResult { get; }
        public string Nupkg => Path.Combine(Feed.Feed, $"Compliance.Analyzers.{Feed.Version}.nupkg");

        public Packed() => PackResult = Feed.Pack("analyzers/Compliance.Analyzers.Package/Compliance.Analyzers.Package.csproj");

        public void Dispose() => Feed.Dispose();
    }

    // Line numbers below are asserted: keep the layout.
    private const string Program = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using System.Security.Cryptography;
        using System.Text;

        namespace ConsumerApp;

        public static class TokenService
        {
            public static string Sign(string token)
            {
                using var md5 = MD5.Create();
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(token)));
            }

            public static string SignWithPragma(string token)
            {
        #pragma warning disable CMP2001
                using var md5 = MD5.Create();
        #pragma warning restore CMP2001
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(token)));
            }

            [SuppressMessage("Compliance", "CMP2001", Justification = "legacy partner protocol")]
            public static string SignLegacy(string token)
            {
                using var md5 = MD5.Create();
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(token)));
            }

            public static void Main() => Console.WriteLine(Sign("x"));
        }
        """;

    private string CreateConsumer(string? editorConfig = null, string extraProperties = "")
    {
        Assert.True(packed.PackResult.ExitCode == 0, "dotnet pack failed:\n" + packed.PackResult);
        var dir = Directory.CreateDirectory(Path.Combine(packed.Feed.Root, "consumer-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        File.WriteAllText(Path.Combine(dir, "ConsumerApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <UseSharedCompilation>false</UseSharedCompilation>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Compliance.Analyzers" Version="{packed.Feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
        // Stop MSBuild from picking up this repository's Directory.Build.* if the temp folder is below it.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        if (editorConfig is not null) File.WriteAllText(Path.Combine(dir, ".editorconfig"), editorConfig);
        packed.Feed.WriteNuGetConfig(dir);
        return dir;
    }

    private DotNet.Result Build(string dir) =>
        DotNet.Run(dir, packed.Feed.ConsumerEnv, PackageFeed.Timeout, "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary");

    /// <summary>Distinct "Program.cs(line,col): warning|error ID" diagnostics of a build log.</summary>
    private static List<(int Line, int Column, string Kind, string Id)> Diagnostics(string log) =>
        Regex.Matches(log, @"Program\.cs\((\d+),(\d+)\): (warning|error) ([A-Z]+\d+)")
            .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Value, m.Groups[4].Value))
            .Distinct().ToList();

    private static void AssertAnalyzerLoaded(DotNet.Result build)
    {
        foreach (var id in new[] { "CS8032", "CS9057", "AD0001", "CS8033", "NU1101", "NU1102" })
            Assert.False(build.Output.Contains(id, StringComparison.Ordinal), $"{id} in build output:\n{build}");
    }

    [Fact]
    public void Package_has_analyzer_and_code_fix_under_analyzers_dotnet_cs_readme_and_is_a_development_dependency()
    {
        Assert.True(packed.PackResult.ExitCode == 0, "dotnet pack failed:\n" + packed.PackResult);
        using var zip = ZipFile.OpenRead(packed.Nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/Compliance.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Compliance.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/zh-Hans/Compliance.Analyzers.resources.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".png", StringComparison.OrdinalIgnoreCase));

        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var meta = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Get(string name) => meta.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("Compliance.Analyzers", Get("id"));
        Assert.Equal(packed.Feed.Version, Get("version"));
        Assert.Equal("true", Get("developmentDependency"));
        Assert.Equal("README.md", Get("readme"));
        Assert.Null(Get("icon"));
        Assert.DoesNotContain(meta.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Consumer_build_warns_CMP2001_at_the_MD5_call_and_pragma_and_SuppressMessage_silence_it()
    {
        var dir = CreateConsumer();
        var build = Build(dir);

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertAnalyzerLoaded(build);
        var cmp = Diagnostics(build.Output).Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal)).ToList();
        // Only Sign's MD5.Create() (line 12, column 25); the #pragma'd (line 19) and [SuppressMessage]'d (line 27) ones are silent.
        Assert.True(cmp.SequenceEqual([(12, 25, "warning", "CMP2001")]), string.Join("\n", cmp) + "\n" + build);
    }

    [Fact]
    public void Editorconfig_severity_error_fails_the_build_with_error_CMP2001()
    {
        var dir = CreateConsumer("""
            root = true

            [*.cs]
            dotnet_diagnostic.CMP2001.severity = error
            """);
        var build = Build(dir);

        Assert.True(build.ExitCode != 0, "build should fail:\n" + build);
        AssertAnalyzerLoaded(build);
        var cmp = Diagnostics(build.Output).Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal)).ToList();
        Assert.True(cmp.SequenceEqual([(12, 25, "error", "CMP2001")]), string.Join("\n", cmp) + "\n" + build);
    }

    /// <summary>A connection-string password generated per run (never a committed literal).</summary>
    private static string GeneratedPassword() =>
        "Cx" + new string(Enumerable.Range(0, 18).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[RandomNumberGenerator.GetInt32(57)]).ToArray()) + "!9";

    private static string AppSettings(string password) =>
        $$"""{ "ConnectionStrings": { "Reports": "Server=tcp:sql.internal;Database=reports;User Id=rpt;Password={{password}};" } }""";

    /// <summary>Distinct "FILE(line,col): warning|error ID" diagnostics of a build log for one file name.</summary>
    private static List<(string File, int Line, int Column, string Id)> FileDiagnostics(string log, string dir) =>
        Regex.Matches(log, @"(?m)^\s*(\S+?)\((\d+),(\d+)\): (?:warning|error) (CMP\d+)")
            .Select(m => (Path.GetRelativePath(dir, m.Groups[1].Value).Replace('\\', '/'), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value))
            .Distinct().ToList();

    [Fact]
    public void Consumer_build_reports_a_secret_in_appsettings_json_with_no_hand_added_item_but_not_under_node_modules_or_bin()
    {
        var dir = CreateConsumer();
        var password = GeneratedPassword();
        var settings = AppSettings(password);
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), settings);
        // Excluded folders: dependencies and build output are not the project's configuration.
        foreach (var excluded in new[] { "node_modules/some-lib", "bin/stale" })
        {
            Directory.CreateDirectory(Path.Combine(dir, excluded));
            File.WriteAllText(Path.Combine(dir, excluded, "appsettings.json"), AppSettings(GeneratedPassword()));
        }

        var build = Build(dir);

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertAnalyzerLoaded(build);
        var onConfig = FileDiagnostics(build.Output, dir).Where(d => !d.File.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        // Exactly one: the password of appsettings.json, at its first character (1-based column).
        var column = settings.IndexOf(password, StringComparison.Ordinal) + 1;
        Assert.True(onConfig.SequenceEqual([("appsettings.json", 1, column, "CMP1005")]), string.Join("\n", onConfig) + "\n" + build);
        Assert.DoesNotContain(password, build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplianceAddConfigFiles_false_turns_the_config_files_off()
    {
        var dir = CreateConsumer(extraProperties: "<ComplianceAddConfigFiles>false</ComplianceAddConfigFiles>");
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), AppSettings(GeneratedPassword()));

        var build = Build(dir);

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertAnalyzerLoaded(build);
        Assert.DoesNotContain(FileDiagnostics(build.Output, dir), d => d.File == "appsettings.json");
        // The C# analyzers still run: only the configuration files were opted out.
        Assert.Contains(FileDiagnostics(build.Output, dir), d => d.File == "Program.cs" && d.Id == "CMP2001");
    }
}

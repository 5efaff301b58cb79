namespace Compliance.Cli.Tests.Packaging;

/// <summary>
/// Packs the CLI as a dotnet tool, installs it from a folder feed into a tool path and runs it,
/// as <c>dotnet tool install --add-source … Compliance.Cli</c> does for users.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class CliToolPackageTests : IDisposable
{
    private readonly PackageFeed _feed = new();
    public void Dispose() => _feed.Dispose();

    [Fact]
    public void Tool_installs_from_a_folder_feed_and_help_lists_scan()
    {
        var pack = _feed.Pack("cli/Compliance.Cli/Compliance.Cli.csproj");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack);
        Assert.True(File.Exists(Path.Combine(_feed.Feed, $"Compliance.Cli.{_feed.Version}.nupkg")), pack.ToString());

        var toolPath = Path.Combine(_feed.Root, "tools");
        // As documented for users: the folder feed added to the configured sources (no source mapping).
        var install = DotNet.Run(_feed.Root, _feed.ConsumerEnv, PackageFeed.Timeout,
            "tool", "install", "--tool-path", toolPath, "--add-source", _feed.Feed, "Compliance.Cli", "--version", _feed.Version);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install);

        var exe = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "compliance.exe" : "compliance");
        Assert.True(File.Exists(exe), $"{exe} missing after install:\n{install}");
        var help = DotNet.RunProgram(exe, _feed.Root, null, TimeSpan.FromMinutes(1), "--help");
        Assert.True(help.ExitCode == 0, "compliance --help failed:\n" + help);
        Assert.Matches(@"(?m)^\s+scan\b", help.Output);

        // Issue 16: a RID-specific tool package (ReadyToRun) beside a portable fallback ("any"), under one
        // pointer package. On linux-x64 the install takes the ReadyToRun one: its Roslyn is precompiled,
        // so much larger than the IL-only copy in the portable package.
        Assert.True(File.Exists(Path.Combine(_feed.Feed, $"Compliance.Cli.linux-x64.{_feed.Version}.nupkg")), pack.ToString());
        Assert.True(File.Exists(Path.Combine(_feed.Feed, $"Compliance.Cli.any.{_feed.Version}.nupkg")), pack.ToString());
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            var store = Path.Combine(toolPath, ".store", "compliance.cli", _feed.Version);
            var installed = Directory.GetFiles(store, "Microsoft.CodeAnalysis.CSharp.dll", SearchOption.AllDirectories);
            var roslyn = Assert.Single(installed);
            Assert.Contains(Path.Combine("compliance.cli.linux-x64", _feed.Version, "tools", "net10.0", "linux-x64"), roslyn);
            using var portable = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, $"Compliance.Cli.any.{_feed.Version}.nupkg"));
            var il = portable.Entries.Single(e => e.FullName.EndsWith("/Microsoft.CodeAnalysis.CSharp.dll", StringComparison.Ordinal));
            Assert.True(new FileInfo(roslyn).Length > 2 * il.Length,
                $"the linux-x64 tool's Roslyn ({new FileInfo(roslyn).Length} bytes) is not ReadyToRun (IL only: {il.Length} bytes)");
        }
    }
}

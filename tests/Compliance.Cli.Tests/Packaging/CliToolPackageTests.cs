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
    }
}

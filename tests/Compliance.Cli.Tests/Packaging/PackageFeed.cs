namespace Compliance.Cli.Tests.Packaging;

/// <summary>
/// A throwaway folder feed, a unique prerelease version (so no cache can serve an older build)
/// and an isolated NUGET_PACKAGES folder for consumers. Packing happens once per test class.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cmp-pack-").FullName;
    public string Feed => Path.Combine(Root, "feed");
    public string Packages => Path.Combine(Root, "packages");
    public string Version { get; } = $"0.1.0-t{DateTime.UtcNow.Ticks}";
    /// <summary>
    /// A hang guard for one dotnet restore/pack/build/tool install: ~30–60 s each unloaded, and a build on
    /// this 2-core machine shared with other projects' builds was seen to take 4 minutes.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public PackageFeed()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
    }

    /// <summary>Environment for consumers: packages restored into the isolated folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnv => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    /// <summary>
    /// dotnet pack PROJECT in Release (its own bin/obj, so it never races the Debug builds of the
    /// test run). Restore runs first without the version, a no-op when the repository is restored:
    /// restoring with -p:Version would rewrite every referenced project's assets file under the
    /// feet of parallel builds.
    /// </summary>
    public DotNet.Result Pack(string projectRelativePath, params string[] extra)
    {
        var project = Path.Combine(RepoPaths.Root, projectRelativePath);
        var restore = DotNet.Run(RepoPaths.Root, null, Timeout, "restore", project, "-nodeReuse:false", "-nologo");
        if (restore.ExitCode != 0) return restore;
        return DotNet.Run(RepoPaths.Root, null, Timeout,
            ["pack", project, "--no-restore", "-c", "Release", "-o", Feed, $"-p:Version={Version}",
             "-p:UseSharedCompilation=false", "-nodeReuse:false", "-nologo", .. extra]);
    }

    /// <summary>nuget.config that takes this package from the folder feed and everything else from nuget.org.</summary>
    public void WriteNuGetConfig(string dir) => File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="Compliance.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

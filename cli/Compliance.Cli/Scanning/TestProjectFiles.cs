namespace Compliance.Cli.Scanning;

using System.Xml.Linq;
using Compliance.Analyzers.Common;

/// <summary>
/// The files of test projects: each file belongs to the nearest project file above it, and whether that project is a
/// test project is <see cref="TestProjectDetector.IsTestProject(XElement)"/>'s decision (the one place that says what a test
/// project is). The compilation-based check sees nothing when packages are not restored — always so with
/// <c>--untrusted</c> — so a test project in a folder not named <c>*.Tests</c> (duplicati's <c>Duplicati/UnitTest</c>,
/// judged blind: 23 unit-test credentials at high) was production code until its project file was read.
/// </summary>
public static class TestProjectFiles
{
    /// <summary>
    /// Splits the scan's files by their owning project (the nearest project file above them; a nested project is not
    /// its parent's): <paramref name="testFiles"/> are those of test projects; <paramref name="libraryFiles"/> those of
    /// projects another, non-test project references — never test projects, whatever they reference (OpenAuth.Core's production
    /// OpenAuth.App references NUnit and the test SDK because its tests live inside it).
    /// </summary>
    public static void Classify(IReadOnlyList<ScanFile> projectFiles, IReadOnlyList<ScanFile> files, ISet<string> testFiles, ISet<string> libraryFiles,
        ProjectXmlCache? xml = null)
    {
        xml ??= new ProjectXmlCache();
        var projects = projectFiles.Where(p => p.RelativePath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        if (projects.Count == 0) return;
        // Directory (relative, '/'-separated, "" for the root) → (a test project there, a referenced project there).
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var dirs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            var dir = DirectoryOf(p.RelativePath);
            var (isTest, references) = Read(xml.Load(p.FullPath));
            dirs[dir] = (dirs.TryGetValue(dir, out var already) && already) || isTest;
            // a test project that other test projects build on (shared fixtures: WeiXinMPSDK's Senparc.WeixinTests, judged
            // blind) is still a test project; only a reference from production code makes a project a library
            if (isTest) continue;
            foreach (var reference in references)
            {
                // ProjectReference paths are relative to the referencing project file
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(p.FullPath))!, reference.Replace('\\', Path.DirectorySeparatorChar)));
                referenced.Add(Path.GetDirectoryName(target)!);
            }
        }
        var root = ScanRoot(projects[0]);
        foreach (var f in files)
        {
            for (var dir = DirectoryOf(f.RelativePath); ; dir = DirectoryOf(dir))
            {
                if (dirs.TryGetValue(dir, out var isTest))
                {
                    var full = Path.GetFullPath(dir.Length == 0 ? root : Path.Combine(root, dir));
                    if (referenced.Contains(full)) libraryFiles.Add(f.RelativePath);
                    else if (isTest) testFiles.Add(f.RelativePath);
                    break;
                }
                if (dir.Length == 0) break;
            }
        }
    }

    /// <summary>Whether the project file declares a test project (<see cref="TestProjectDetector"/>), and its
    /// ProjectReference paths. An unreadable or malformed project file is neither (its parse error is reported elsewhere).</summary>
    private static (bool IsTest, List<string> References) Read(System.Xml.Linq.XElement? root)
    {
        var references = new List<string>();
        if (root is null) return (false, references);
        var isTest = TestProjectDetector.IsTestProject(root);
        foreach (var e in root.Descendants())
        {
            if (e.Name.LocalName == "ProjectReference" && ((string?)e.Attribute("Include"))?.Trim() is { Length: > 0 } include && !include.Contains('$'))
                references.Add(include);
        }
        return (isTest, references);
    }

    // The scan root: the project file's full path minus its relative path.
    private static string ScanRoot(ScanFile project)
    {
        var full = Path.GetFullPath(project.FullPath).Replace('\\', '/');
        return full[..^project.RelativePath.Length].TrimEnd('/') is { Length: > 0 } r ? r : "/";
    }

    private static string DirectoryOf(string relativePath)
    {
        var i = relativePath.Replace('\\', '/').LastIndexOf('/');
        return i < 0 ? "" : relativePath[..i];
    }
}

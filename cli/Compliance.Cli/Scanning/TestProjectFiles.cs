namespace Compliance.Cli.Scanning;

using System.Xml.Linq;

/// <summary>
/// The C# files of test projects, found from the project files' text. The compilation-based check
/// (<see cref="Compliance.Analyzers.Common.TestProjectDetector"/>: a referenced xunit/NUnit/MSTest assembly) sees nothing
/// when packages are not restored — always so with <c>--untrusted</c>, where every file goes to one fallback
/// compilation — so a test project in a folder not named <c>*.Tests</c> (duplicati's <c>Duplicati/UnitTest</c>, judged
/// blind: 23 unit-test credentials at high) was production code. The project file says it either way: a
/// PackageReference to a test framework or the test SDK, an <c>MSTest.Sdk</c>, or <c>&lt;IsTestProject&gt;true</c>.
/// Only the XML is read; no MSBuild code runs.
/// </summary>
public static class TestProjectFiles
{
    // Package ids (case-insensitive) whose reference makes a project a test project.
    private static readonly HashSet<string> TestPackages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit", "TUnit.Core",
    };

    /// <summary>Scan-root-relative paths of the C# files whose nearest enclosing project file is a test project.</summary>
    public static IEnumerable<string> Find(IReadOnlyList<ScanFile> projectFiles, IReadOnlyList<ScanFile> csFiles)
    {
        // Directory (relative, '/'-separated, "" for the root) → does a project file there declare a test project.
        var projectDirs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var p in projectFiles.Where(p => p.RelativePath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
        {
            var dir = DirectoryOf(p.RelativePath);
            projectDirs[dir] = (projectDirs.TryGetValue(dir, out var already) && already) || IsTestProject(p.FullPath);
        }
        if (!projectDirs.ContainsValue(true)) yield break;
        foreach (var f in csFiles)
        {
            // The nearest project file above the file owns it (a nested project is not its parent's).
            for (var dir = DirectoryOf(f.RelativePath); ; dir = DirectoryOf(dir))
            {
                if (projectDirs.TryGetValue(dir, out var isTest))
                {
                    if (isTest) yield return f.RelativePath;
                    break;
                }
                if (dir.Length == 0) break;
            }
        }
    }

    /// <summary>True when the project file's XML references a test framework or declares itself a test project.
    /// An unreadable or malformed project file is not a test project (its own parse error is reported elsewhere).</summary>
    public static bool IsTestProject(string projectPath)
    {
        XDocument doc;
        try
        {
            var info = new FileInfo(projectPath);
            if (!info.Exists || info.Length > 4 * 1024 * 1024) return false;
            doc = XDocument.Load(projectPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return false;
        }
        var root = doc.Root;
        if (root is null) return false;
        var sdk = (string?)root.Attribute("Sdk") ?? "";
        if (sdk.Split(';').Any(s => s.Trim().StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase))) return true;
        foreach (var e in root.Descendants())
        {
            switch (e.Name.LocalName)
            {
                case "IsTestProject" when string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "PackageReference" when TestPackages.Contains(((string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "").Trim()):
                    return true;
            }
        }
        return false;
    }

    private static string DirectoryOf(string relativePath)
    {
        var i = relativePath.Replace('\\', '/').LastIndexOf('/');
        return i < 0 ? "" : relativePath[..i];
    }
}

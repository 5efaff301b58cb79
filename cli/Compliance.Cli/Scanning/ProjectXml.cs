namespace Compliance.Cli.Scanning;

using System.Xml.Linq;

/// <summary>Reads a project file (or Directory.Build.props) as XML without running it.</summary>
public static class ProjectXml
{
    /// <summary>The root element, or null for a missing, oversized (&gt; 4 MiB), unreadable or malformed file (its parse
    /// error is reported elsewhere; the scan goes on).</summary>
    public static XElement? Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > 4 * 1024 * 1024) return null;
            return XDocument.Load(path).Root;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return null;
        }
    }
}

/// <summary>
/// The project files of one scan, each parsed once: the test-project split (<see cref="TestProjectFiles"/>) and the
/// fallback compilation's implicit usings (<see cref="ImplicitUsings"/>) both read every <c>.csproj</c>, and every project
/// under one folder asks for the same <c>Directory.Build.props</c>.
/// </summary>
public sealed class ProjectXmlCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, XElement?> loaded = new(StringComparer.Ordinal);

    public XElement? Load(string path) => loaded.GetOrAdd(Path.GetFullPath(path), ProjectXml.Load);
}

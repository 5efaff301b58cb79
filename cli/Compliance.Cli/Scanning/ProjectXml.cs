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

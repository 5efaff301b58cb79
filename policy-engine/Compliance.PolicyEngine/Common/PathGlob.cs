namespace Compliance.PolicyEngine.Common;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Include globs (sshd <c>Include</c>, nginx <c>include</c>) matched against the scan's files rather than
/// the disk: <c>*</c>, <c>?</c> and <c>[...]</c> never cross a '/', as with glob(3). Matches come back in
/// lexical (ordinal) order, as glob(3) sorts them.
/// </summary>
public static class PathGlob
{
    /// <summary>Normalises "a/./b/../c" to "a/c"; returns null when the path climbs above the root.</summary>
    public static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var seg in path.Replace('\\', '/').Split('/'))
        {
            if (seg.Length == 0 || seg == ".") continue;
            if (seg == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(seg);
        }
        return string.Join('/', parts);
    }

    public static IReadOnlyList<string> Expand(string pattern, IEnumerable<string> paths)
    {
        var norm = Normalize(pattern);
        if (string.IsNullOrEmpty(norm)) return [];
        if (norm.IndexOfAny(['*', '?', '[']) < 0)
            return paths.Where(p => string.Equals(p, norm, StringComparison.Ordinal)).Take(1).ToList();
        Regex re;
        try
        {
            // NonBacktracking: linear in the path, so no wall-clock timeout is needed (a timeout dropped
            // includes on a loaded machine: the bound counts time the thread is descheduled).
            re = new Regex(ToRegex(norm), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException)
        {
            return [];
        }
        var hits = new List<string>();
        foreach (var p in paths)
        {
            if (re.IsMatch(p)) hits.Add(p);
        }
        hits.Sort(StringComparer.Ordinal);
        return hits;
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*': sb.Append("[^/]*"); break;
                case '?': sb.Append("[^/]"); break;
                case '[':
                    var end = glob.IndexOf(']', i + 2);
                    if (end < 0) { sb.Append(@"\["); break; }
                    var body = glob[(i + 1)..end];
                    var neg = body.StartsWith('!') || body.StartsWith('^');
                    if (neg) body = body[1..];
                    sb.Append('[').Append(neg ? "^/" : "").Append(body.Replace(@"\", @"\\").Replace("[", @"\[")).Append(']');
                    i = end;
                    break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return sb.Append('$').ToString();
    }
}

namespace Compliance.Cli.Scanning;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// What a pull request changed (<c>--changed-since REF</c>): the files under the scan root that
/// differ between the merge base of REF and HEAD and the working tree (added, modified, renamed,
/// plus untracked files that are not ignored), and their added or changed lines. Paths are
/// scan-root-relative with '/', like results.json's.
/// </summary>
public sealed partial class ChangeSet
{
    public required string Ref { get; init; }
    public required string MergeBase { get; init; }
    public required SortedSet<string> Files { get; init; }
    /// <summary>Changed line ranges (1-based, inclusive) per file; a new or untracked file is one range over everything.</summary>
    public required IReadOnlyDictionary<string, List<(int Start, int End)>> Lines { get; init; }

    public bool Contains(string file) => Files.Contains(file);

    /// <summary>True when any line of [start, end] was added or changed.</summary>
    public bool TouchesLines(string file, int start, int end)
    {
        if (!Lines.TryGetValue(file, out var ranges)) return false;
        if (end < start) end = start;
        return ranges.Any(r => r.Start <= end && start <= r.End);
    }

    /// <summary>
    /// The change set, or null with <paramref name="fallbackReason"/> when REF or the merge base is
    /// not in the clone (a shallow CI checkout): the caller then scans everything. Throws
    /// <see cref="UsageException"/> when the scan root is not in a git repository at all.
    /// </summary>
    public static ChangeSet? Compute(string root, string reference, out Compliance.Rules.Catalog.LocalizedText? fallbackReason)
    {
        fallbackReason = null;
        // A ref is never an option: "--output=…" must not reach git's command line as one.
        if (reference.StartsWith('-')) throw new UsageException($"--changed-since: '{reference}' is not a git ref");
        if (Git.Run(root, "rev-parse", "--show-toplevel") is null)
            throw new UsageException($"--changed-since needs the scanned folder to be in a git repository (with git installed): {root}");
        var shallow = Git.Run(root, "rev-parse", "--is-shallow-repository")?.Trim() == "true";
        var hint = shallow ? " This is a shallow clone: fetch REF and enough history (e.g. 'git fetch --depth=200 origin main') before the scan." : "";
        var hintZh = shallow ? "这是浅克隆：扫描前请获取 REF 及足够的历史（例如 'git fetch --depth=200 origin main'）。" : "";
        if (Git.Run(root, "rev-parse", "--verify", "-q", reference + "^{commit}") is null)
        {
            fallbackReason = new($"--changed-since：'{reference}' 不是此克隆中的提交，因此扫描了整个扫描根目录。{hintZh}",
                $"--changed-since: '{reference}' is not a commit in this clone, so the whole scan root was scanned.{hint}");
            return null;
        }
        var mergeBase = Git.Run(root, "merge-base", reference, "HEAD")?.Trim();
        if (string.IsNullOrEmpty(mergeBase))
        {
            fallbackReason = new($"--changed-since：'{reference}' 与 HEAD 在此克隆中没有共同祖先（merge base），因此扫描了整个扫描根目录。{hintZh}",
                $"--changed-since: '{reference}' and HEAD have no merge base in this clone, so the whole scan root was scanned.{hint}");
            return null;
        }

        // --relative: paths relative to the scan root, changes outside it left out. Deleted files have nothing to scan.
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var names = Git.Run(root, "diff", "--name-only", "-z", "--relative", "--diff-filter=d", mergeBase) ?? "";
        foreach (var f in names.Split('\0', StringSplitOptions.RemoveEmptyEntries)) files.Add(f);
        var lines = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        ParseHunks(Git.Run(root, "diff", "--no-color", "--no-ext-diff", "-U0", "--relative", "--diff-filter=d", mergeBase) ?? "", lines);
        // Files not yet committed are changes too when someone runs this before committing.
        var untracked = Git.Run(root, "ls-files", "-z", "--others", "--exclude-standard") ?? "";
        foreach (var f in untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            files.Add(f);
            lines[f] = [(1, int.MaxValue)];
        }
        return new ChangeSet { Ref = reference, MergeBase = mergeBase, Files = files, Lines = lines };
    }

    /// <summary>Reads "+++ b/path" and "@@ -a,b +c,d @@" lines of a zero-context diff.</summary>
    internal static void ParseHunks(string diff, Dictionary<string, List<(int, int)>> lines)
    {
        string? current = null;
        foreach (var raw in diff.Split('\n'))
        {
            if (raw.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var path = raw[4..];
                if (path.StartsWith('"')) path = Unquote(path);
                current = path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : null;
                continue;
            }
            if (current is null || !raw.StartsWith("@@ ", StringComparison.Ordinal)) continue;
            var m = Hunk().Match(raw);
            if (!m.Success) continue;
            var start = int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
            var count = m.Groups["count"].Success ? int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
            if (count == 0) continue; // only deletions: no line of the new file is new
            if (!lines.TryGetValue(current, out var list)) lines[current] = list = [];
            list.Add((start, start + count - 1));
        }
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex Hunk();

    /// <summary>git's C-style quoting of unusual path names ("b/a\tb", octal escapes for bytes).</summary>
    private static string Unquote(string quoted)
    {
        var s = quoted.Trim('"');
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString())); continue; }
            var c = s[++i];
            if (c is >= '0' and <= '7' && i + 2 < s.Length)
            {
                bytes.Add(Convert.ToByte(s.Substring(i, 3), 8));
                i += 2;
                continue;
            }
            bytes.Add((byte)(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v', _ => c }));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

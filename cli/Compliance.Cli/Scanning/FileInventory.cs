namespace Compliance.Cli.Scanning;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;
using MAB.DotIgnore;
using Microsoft.Extensions.FileSystemGlobbing;
using Matcher = Microsoft.Extensions.FileSystemGlobbing.Matcher;

/// <summary>A file selected for scanning: absolute path for reading, relative ('/') path for output.</summary>
public sealed record ScanFile(string FullPath, string RelativePath, long Length);

/// <summary>
/// Selects the files of a scan: honours .gitignore (nested too) as git does — for untracked files only, a committed
/// file is scanned whatever the patterns say —, skips build output, VCS and
/// package folders and the product's own output folder, detects symlink loops, and records
/// every file it passes over with the reason (nothing is dropped silently).
/// </summary>
public sealed class FileInventory
{
    private static readonly HashSet<string> s_skippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "bin", "obj", "node_modules", ".vs", ".idea", "TestResults",
    };

    public List<ScanFile> Files { get; } = [];
    public List<SkippedFile> Skipped { get; } = [];

    /// <summary>Files and folders left out by a .gitignore pattern.</summary>
    public int IgnoredFiles { get; private set; }

    /// <summary>
    /// Why git could not list the committed files (git missing, timed out, failing), when a .gitignore then left something
    /// out: the patterns were applied to every file, so a committed file matching one was not scanned. Null otherwise.
    /// </summary>
    public string? GitFailure { get; private set; }

    public static FileInventory Collect(string root, string? outputDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var inventory = new FileInventory();
        var rootFull = Path.GetFullPath(root);
        var outputFull = outputDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        Matcher? includeMatcher = null;
        if (include.Count > 0) { includeMatcher = new Matcher(StringComparison.Ordinal); includeMatcher.AddIncludePatterns(include); }
        Matcher? excludeMatcher = null;
        if (exclude.Count > 0) { excludeMatcher = new Matcher(StringComparison.Ordinal); excludeMatcher.AddIncludePatterns(exclude); }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var walk = new WalkState(rootFull, outputFull, includeMatcher, excludeMatcher, visited, Git.Tracked(rootFull, out var gitFailure));
        Walk(new DirectoryInfo(rootFull), [], inventory, walk);
        if (gitFailure is not null && inventory.IgnoredFiles > 0) inventory.GitFailure = gitFailure;
        inventory.Files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        inventory.Skipped.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return inventory;
    }

    private sealed record WalkState(string Root, string? Output, Matcher? Include, Matcher? Exclude, HashSet<string> Visited,
        (HashSet<string> Files, HashSet<string> Folders)? Tracked);

    private static void Walk(DirectoryInfo dir, List<(string Base, IgnoreList List)> ignores, FileInventory inv, WalkState state)
    {
        var (root, output, include, exclude, visited, tracked) = state;
        // Symlink loops: remember each directory's real target.
        string real;
        try { real = dir.LinkTarget is null ? dir.FullName : (dir.ResolveLinkTarget(true)?.FullName ?? dir.FullName); }
        catch (IOException) { inv.Skipped.Add(SkippedFile.Of(Rel(root, dir.FullName) + "/", new LocalizedText("符号链接循环", "symbolic link loop"))); return; }
        if (!visited.Add(Path.TrimEndingDirectorySeparator(real)))
        {
            inv.Skipped.Add(SkippedFile.Of(Rel(root, dir.FullName) + "/", new LocalizedText("符号链接循环（该目录已扫描）", "symbolic link loop (directory already scanned)")));
            return;
        }

        var gitignore = Path.Combine(dir.FullName, ".gitignore");
        if (File.Exists(gitignore))
        {
            try { ignores = [.. ignores, (dir.FullName, new IgnoreList(gitignore, MatchFlags.PATHNAME))]; }
            catch (Exception) { /* an unreadable .gitignore ignores nothing */ }
        }

        FileSystemInfo[] entries;
        try { entries = dir.GetFileSystemInfos(); }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            inv.Skipped.Add(SkippedFile.Of(Rel(root, dir.FullName) + "/", new LocalizedText("目录无法读取", $"unreadable directory: {ex.Message}")));
            return;
        }
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));

        foreach (var entry in entries)
        {
            var rel = Rel(root, entry.FullName);
            if (entry is DirectoryInfo sub)
            {
                if (s_skippedDirectories.Contains(sub.Name)) continue;
                if (output is not null && string.Equals(Path.TrimEndingDirectorySeparator(sub.FullName), output, StringComparison.Ordinal)) continue;
                if (tracked?.Folders.Contains(rel) != true && IsIgnored(ignores, sub.FullName, true)) { inv.IgnoredFiles++; continue; }
                Walk(sub, ignores, inv, state);
            }
            else if (entry is FileInfo file)
            {
                if (tracked?.Files.Contains(rel) != true && IsIgnored(ignores, file.FullName, false)) { inv.IgnoredFiles++; continue; }
                if (include is not null && !include.Match(rel).HasMatches) continue;
                if (exclude is not null && exclude.Match(rel).HasMatches) continue;
                if (file.LinkTarget is not null)
                {
                    // File.Exists is true for a dangling link on Unix (it falls back to lstat): resolve it.
                    LocalizedText? reason;
                    try { reason = file.ResolveLinkTarget(true) is { Exists: true } ? null : new LocalizedText("符号链接指向不存在的文件", "broken symbolic link"); }
                    catch (IOException) { reason = new LocalizedText("符号链接循环", "symbolic link loop"); }
                    if (reason is not null)
                    {
                        inv.Skipped.Add(SkippedFile.Of(rel, reason));
                        continue;
                    }
                }
                long length;
                try { length = file.Length; } catch (IOException) { length = 0; }
                inv.Files.Add(new ScanFile(file.FullName, rel, length));
            }
        }
    }

    private static bool IsIgnored(List<(string Base, IgnoreList List)> ignores, string fullPath, bool isDirectory)
    {
        foreach (var (basePath, list) in ignores)
        {
            var rel = Path.GetRelativePath(basePath, fullPath).Replace('\\', '/');
            if (list.IsIgnored(rel, isDirectory)) return true;
        }
        return false;
    }

    public static string Rel(string root, string full)
    {
        var rel = Path.GetRelativePath(root, full).Replace('\\', '/');
        return rel == "." ? "" : rel;
    }
}

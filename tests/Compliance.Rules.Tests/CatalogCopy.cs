namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;

/// <summary>A throw-away copy of the repository's catalog (YAML only) in a temp folder named "rules", to break on purpose.</summary>
internal sealed class CatalogCopy : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "cmp-catalog-" + Guid.NewGuid().ToString("N"));

    public string Dir { get; }

    public CatalogCopy()
    {
        Dir = Path.Combine(temp, "rules");
        var src = RepoPaths.Rules;
        foreach (var file in Directory.EnumerateFiles(src, "*.yaml", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            var top = rel.Split(Path.DirectorySeparatorChar)[0];
            var wanted = rel == "catalog.yaml" || top is "laws" or "controls" or "diagnostics" or "profiles"
                || (top == "policies" && Path.GetFileName(rel) == "policy.yaml");
            if (!wanted) continue;
            var dest = Path.Combine(Dir, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    public string PathOf(string rel) => Path.Combine(Dir, rel);

    public string Read(string rel) => File.ReadAllText(PathOf(rel));

    public void Write(string rel, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(rel))!);
        File.WriteAllText(PathOf(rel), text);
    }

    /// <summary>Replaces exactly one occurrence and returns the 1-based line where the new text starts.</summary>
    public int Replace(string rel, string oldText, string newText)
    {
        var text = Read(rel);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' not in {rel}");
        Assert.Equal(at, text.LastIndexOf(oldText, StringComparison.Ordinal));
        Write(rel, text[..at] + newText + text[(at + oldText.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }

    public CatalogException Break() => Assert.Throws<CatalogException>(() => CatalogLoader.LoadFromDirectory(Dir));

    public void Dispose()
    {
        try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
    }
}

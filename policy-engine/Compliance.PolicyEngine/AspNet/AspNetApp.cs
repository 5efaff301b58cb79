namespace Compliance.PolicyEngine.AspNet;

using Compliance.PolicyEngine.Documents;

/// <summary>
/// One ASP.NET application: appsettings.json overlaid by appsettings.Production.json in the same
/// folder, flattened to configuration keys ("Kestrel:Endpoints:Http:Url") as
/// Microsoft.Extensions.Configuration does: keys case-insensitive, later layers win, array
/// items keyed by index.
/// </summary>
public sealed class AspNetApp
{
    public AspNetApp(string folder, IReadOnlyList<(string Path, MapNode Root)> layers)
    {
        Folder = folder;
        Layers = layers;
        var eff = new Dictionary<string, ConfigValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, root) in layers) Flatten(path, root, "", eff);
        Effective = eff;
    }

    public string Folder { get; }
    public IReadOnlyList<(string Path, MapNode Root)> Layers { get; }
    public IReadOnlyDictionary<string, ConfigValue> Effective { get; }
    public IEnumerable<string> Files => Layers.Select(l => l.Path);

    public ConfigValue? Get(string key) => Effective.TryGetValue(key, out var v) ? v : null;

    /// <summary>Effective entries directly or indirectly under a section, e.g. "ConnectionStrings".</summary>
    public IEnumerable<ConfigValue> Under(string section) =>
        Effective.Values.Where(v => v.Key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)).OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Immediate child names of a section (case-insensitive, distinct).</summary>
    public IEnumerable<string> Children(string section) =>
        Under(section).Select(v => v.Key[(section.Length + 1)..].Split(':')[0]).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(x => x, StringComparer.OrdinalIgnoreCase);

    public bool HasSection(string section) => Get(section) is not null || Under(section).Any();

    private static void Flatten(string file, DocNode node, string prefix, Dictionary<string, ConfigValue> into)
    {
        switch (node)
        {
            case MapNode m:
                foreach (var e in m.Entries) Flatten(file, e.Value, prefix.Length == 0 ? e.Key.Value : prefix + ":" + e.Key.Value, into);
                break;
            case SeqNode s:
                for (var i = 0; i < s.Items.Count; i++) Flatten(file, s.Items[i], prefix + ":" + i, into);
                break;
            case ScalarNode sc when prefix.Length > 0:
                // JSON null clears a value in .NET configuration; keep it as empty.
                into[prefix] = new ConfigValue(prefix, sc.IsNull ? "" : sc.Value, file, sc.Line, sc.Column);
                break;
        }
    }
}

/// <summary>An effective configuration value and where it is written.</summary>
public sealed record ConfigValue(string Key, string Value, string File, int Line, int Column);

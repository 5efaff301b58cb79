namespace Compliance.PolicyEngine.Documents;

using Compliance.Analyzers.Documents;
using Compliance.PolicyEngine.AspNet;
using Compliance.PolicyEngine.Compose;
using Compliance.PolicyEngine.Keycloak;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// Every YAML/JSON file of a scan parsed once and recognised as policy-defaults §1 says:
/// Kubernetes documents (apiVersion + kind in *.yaml/*.yml), Compose files (by name),
/// ASP.NET applications (appsettings.json + appsettings.Production.json per folder) and Keycloak
/// realm exports (by content). A file with a syntax error contributes nothing but its CMP9001.
/// </summary>
public sealed class ConfigIndex
{
    public required IReadOnlyList<ParsedFile> Parsed { get; init; }
    public required IReadOnlyList<K8sObject> Kubernetes { get; init; }
    public required IReadOnlyList<ComposeFile> Compose { get; init; }
    public required IReadOnlyList<AspNetApp> AspNet { get; init; }
    public required IReadOnlyList<KeycloakRealm> Keycloak { get; init; }
    /// <summary>Unrendered Helm templates (templates/ beside a Chart.yaml): not parsed, not judged.</summary>
    public required IReadOnlyList<string> SkippedHelmTemplates { get; init; }

    public static ConfigIndex Of(DocumentSet set) => set.Get("documents:yaml-json-index", () => Build(set));

    public static bool IsYamlName(string path) => ConfigFormats.IsYamlName(path);

    public static bool IsComposeName(string path) => DevelopmentEnvironment.IsComposeName(path);

    /// <summary>Compose files for development (name contains dev, local or override) are out of scope.</summary>
    public static bool IsOutOfScopeCompose(string path) => DevelopmentEnvironment.IsDevComposeName(path);

    /// <summary>0 = not appsettings; 1 = appsettings.json; 2 = appsettings.Production.json; -1 = another environment (out of scope).</summary>
    public static int AppSettingsLayer(string path)
    {
        var name = FileName(path);
        if (name.Equals("appsettings.json", StringComparison.OrdinalIgnoreCase)) return 1;
        if (name.Equals("appsettings.Production.json", StringComparison.OrdinalIgnoreCase)) return 2;
        return DevelopmentEnvironment.IsDevAppSettings(name) ? -1 : 0;
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Folder(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    public static bool IsHelmTemplate(string path, IReadOnlySet<string> allPaths)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] != "templates") continue;
            var chart = string.Join('/', parts.Take(i).Append("Chart.yaml"));
            if (allPaths.Contains(chart)) return true;
        }
        return false;
    }

    /// <summary>A reader bug on one odd file must not cost the scan every other file: it becomes that file's parse error.</summary>
    private static ParsedFile Safe(string path, DocFormat format, Func<ParsedFile> read)
    {
        try { return read(); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ParsedFile(path, format, [], new ParseError(1, 1, $"The file could not be read ({ex.GetType().Name})."));
        }
    }

    private static ConfigIndex Build(DocumentSet set)
    {
        var all = set.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var lenientFolders = ConfigFormats.LenientJsonFolders(all);
        var parsed = new List<ParsedFile>();
        var k8s = new List<K8sObject>();
        var compose = new List<ComposeFile>();
        var keycloak = new List<KeycloakRealm>();
        var appLayers = new SortedDictionary<string, (ParsedFile? Base, ParsedFile? Prod)>(StringComparer.Ordinal);
        var helm = new List<string>();

        foreach (var file in set.Files)
        {
            if (IsYamlName(file.Path))
            {
                if (IsHelmTemplate(file.Path, all)) { helm.Add(file.Path); continue; }
                var p = Safe(file.Path, DocFormat.Yaml, () => YamlReader.Read(file.Path, file.Text));
                parsed.Add(p);
                if (!p.Ok) continue;
                if (IsComposeName(file.Path))
                {
                    if (!IsOutOfScopeCompose(file.Path) && p.Documents.FirstOrDefault()?.Root is MapNode root)
                        compose.Add(new ComposeFile(file.Path, root, file.Text));
                    continue;
                }
                foreach (var d in p.Documents)
                    if (d.Root is MapNode m) k8s.AddRange(K8sObject.From(file.Path, d, m));
            }
            else if (file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var layer = AppSettingsLayer(file.Path);
                if (layer < 0) continue; // appsettings.<Env>.json other than Production: out of scope, not even parsed
                var p = Safe(file.Path, layer > 0 ? DocFormat.DotNetConfigJson : DocFormat.Json,
                    () => JsonReader.Read(file.Path, file.Text, dotNetConfiguration: layer > 0, allowComments: ConfigFormats.IsLenientJson(file.Path, lenientFolders.Contains)));
                parsed.Add(p);
                if (!p.Ok) continue;
                var root = p.Documents.FirstOrDefault()?.Root as MapNode; // an empty non-configuration file has no document
                if (layer > 0)
                {
                    var folder = Folder(file.Path);
                    appLayers.TryGetValue(folder, out var l);
                    appLayers[folder] = layer == 1 ? (p, l.Prod) : (l.Base, p);
                }
                else if (root is not null && root["realm"] is not null && root["authenticationFlows"] is not null)
                {
                    keycloak.Add(new KeycloakRealm(file.Path, root));
                }
            }
        }

        var apps = appLayers.Select(kv => new AspNetApp(kv.Key,
            new[] { kv.Value.Base, kv.Value.Prod }.Where(x => x is { Ok: true }).Select(x => (x!.Path, x.Documents[0].Root as MapNode)).Where(x => x.Item2 is not null).Select(x => (x.Path, x.Item2!)).ToList()))
            .Where(a => a.Layers.Count > 0).ToList();

        return new ConfigIndex
        {
            Parsed = parsed, Kubernetes = k8s, Compose = compose, AspNet = apps, Keycloak = keycloak, SkippedHelmTemplates = helm,
        };
    }
}

namespace Compliance.GenerateRules;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

/// <summary>
/// For merges of branches written before the YAML was the source: copies an analyzer rule's constant name
/// and texts from another checkout's RuleIdentifiers.cs and resx files into the <c>analyzer:</c> block of
/// each rules/diagnostics YAML that has none. Blocks that exist are never rewritten; a text that differs
/// is printed, to be edited in the YAML by hand.
/// </summary>
public static class ResxImport
{
    private const string AnalyzerDir = "analyzers/Compliance.Analyzers";

    public static IReadOnlyList<string> Run(string root, string from, TextWriter log)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { "RuleIdentifiers.cs", "RuleIdentifiers.g.cs" }.Select(f => Path.Combine(from, AnalyzerDir, f)).Where(File.Exists))
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"public const string (\w+) = ""(CMP\d+)"""))
                names.TryAdd(m.Groups[2].Value, m.Groups[1].Value);

        var en = new Dictionary<string, string>(StringComparer.Ordinal);
        var zh = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resx in Directory.EnumerateFiles(Path.Combine(from, AnalyzerDir), "*.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = resx.EndsWith(".zh-Hans.resx", StringComparison.Ordinal) ? zh : en;
            foreach (var data in XDocument.Load(resx).Root!.Elements("data"))
                if (data.Attribute("name")?.Value is { } key && key.StartsWith("CMP", StringComparison.Ordinal))
                    target[key] = data.Element("value")?.Value ?? "";
        }
        var descriptorFiles = Directory.EnumerateFiles(Path.Combine(from, AnalyzerDir), "*Descriptors.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        var written = new List<string>();
        foreach (var yamlPath in Directory.EnumerateFiles(Path.Combine(root, "rules", "diagnostics"), "CMP*.yaml").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(yamlPath);
            var yaml = File.ReadAllText(yamlPath);
            if (Regex.IsMatch(yaml, @"^kind:\s*tool\b", RegexOptions.Multiline)) continue;
            var keys = en.Keys.Where(k => k.StartsWith(id + "_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (Regex.IsMatch(yaml, @"^analyzer:", RegexOptions.Multiline))
            {
                foreach (var k in keys.Where(k => !k.EndsWith("_Title", StringComparison.Ordinal)))
                    if (!yaml.Contains(Quote(en[k]), StringComparison.Ordinal) || (zh.TryGetValue(k, out var z) && !yaml.Contains(Quote(z), StringComparison.Ordinal)))
                        log.WriteLine($"  {id}: {k} differs in {from}; edit rules/diagnostics/{id}.yaml by hand if that text is the newer one");
                continue;
            }
            if (!names.TryGetValue(id, out var name) || !en.ContainsKey(id + "_Description"))
            {
                log.WriteLine($"  {id}: no RuleIdentifiers constant or {id}_Description in {from}; write its analyzer: block by hand (docs/contributing.md)");
                continue;
            }
            // "{0}" descriptors (Reason_Message) report one of their texts; the others have a message of their own.
            var make = new Regex($@"Make\(RuleIdentifiers\.{name}\b[^;]*");
            var declaring = descriptorFiles.FirstOrDefault(make.IsMatch) ?? "";
            var call = make.Match(declaring).Value;
            var reason = call.Contains("\"Reason_Message\"", StringComparison.Ordinal) || declaring.Contains("L(\"Reason_Message\")", StringComparison.Ordinal);
            var severity = Regex.Match(call, @"DiagnosticSeverity\.(Hidden|Info)") is { Success: true } sm && !Regex.IsMatch(yaml, @"^kind:\s*observation", RegexOptions.Multiline)
                ? sm.Groups[1].Value.ToLowerInvariant() : null;
            var block = "\n# What the analyzer needs (generated into RuleIdentifiers, <Theme>Descriptors and RuleResources: scripts/generate-rules).\nanalyzer:\n"
                + $"  name: {name}\n" + (severity is null ? "" : $"  buildSeverity: {severity}\n");
            if (!reason && en.ContainsKey(id + "_Message")) block += Pair("message", id + "_Message", "  ", en, zh);
            block += Pair("description", id + "_Description", "  ", en, zh);
            var extra = keys.Where(k => !k.EndsWith("_Title", StringComparison.Ordinal) && !k.EndsWith("_Description", StringComparison.Ordinal)
                && (reason || !k.EndsWith("_Message", StringComparison.Ordinal))).ToList();
            if (extra.Count > 0) block += "  messages:\n" + string.Concat(extra.Select(k => Pair(k[(id.Length + 1)..], k, "    ", en, zh)));
            File.WriteAllText(yamlPath, (yaml.EndsWith('\n') ? yaml : yaml + "\n") + block);
            written.Add($"rules/diagnostics/{id}.yaml");
            if (declaring.Length == 0) log.WriteLine($"  {id}: no Make(RuleIdentifiers.{name}…) descriptor found in {from}; check its message and buildSeverity");
        }
        return written;
    }

    private static string Pair(string key, string resxKey, string indent, Dictionary<string, string> en, Dictionary<string, string> zh) =>
        $"{indent}{key}:\n{indent}  zh: {Quote(zh.GetValueOrDefault(resxKey) ?? en[resxKey])}\n{indent}  en: {Quote(en[resxKey])}\n";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML).</summary>
    private static string Quote(string s) => JsonSerializer.Serialize(s, Json);
}

namespace Compliance.Rules.Catalog;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Small typed reader over YamlDotNet's representation model that keeps line numbers, so every
/// complaint about a catalog file can say "file:line".
/// </summary>
internal sealed class YamlReaderContext(string file, List<string> errors)
{
    public string File { get; } = file;

    public void Error(YamlNode? at, string message) => errors.Add($"{File}:{Line(at)}: {message}");

    public static int Line(YamlNode? node) => node is null ? 1 : Math.Max(1, (int)node.Start.Line);

    /// <summary>Parses one YAML document; null (with an error recorded) on a syntax error or a non-mapping root.</summary>
    public YamlMappingNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                errors.Add($"{File}:1: expected a YAML mapping at the top level");
                return null;
            }
            return map;
        }
        catch (YamlException ex)
        {
            errors.Add($"{File}:{Math.Max(1, (int)ex.Start.Line)}: YAML syntax error: {Inner(ex).Message}");
            return null;
        }
    }

    private static Exception Inner(Exception ex) => ex.InnerException is YamlException inner ? Inner(inner) : ex;

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public string? OptionalString(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value!.Trim();
        Error(node, $"'{key}' must be a text value");
        return null;
    }

    public string? RequiredString(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        var value = OptionalString(map, key);
        if (value is null && node is null or YamlScalarNode) Error(node ?? map, $"{what} is missing '{key}'");
        return value;
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return [];
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" }) return [];
        if (node is not YamlSequenceNode seq) { Error(node, $"'{key}' must be a list"); return []; }
        var list = new List<string>();
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) list.Add(v.Trim());
            else Error(item, $"'{key}' entries must be text values");
        }
        return list;
    }

    /// <summary>A {zh, en} mapping; both texts are required.</summary>
    public LocalizedText? Text(YamlNode? node, string key, string what, bool required = true)
    {
        if (node is null)
        {
            if (required) errors.Add($"{File}:1: {what} is missing '{key}' (zh and en text)");
            return null;
        }
        if (node is not YamlMappingNode map) { Error(node, $"{what}: '{key}' must have zh and en text"); return null; }
        var zh = (Get(map, "zh") as YamlScalarNode)?.Value;
        var en = (Get(map, "en") as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(zh) || string.IsNullOrWhiteSpace(en))
        {
            var missing = string.IsNullOrWhiteSpace(zh) ? "zh" : "en";
            Error(node, $"{what}: '{key}' is missing its {missing} text");
            return null;
        }
        return new LocalizedText(zh.Trim(), en.Trim());
    }

    public LocalizedText? Text(YamlMappingNode map, string key, string what, bool required = true)
    {
        var node = Get(map, key);
        if (node is null && required) { Error(map, $"{what} is missing '{key}' (zh and en text)"); return null; }
        return Text(node, key, what, required);
    }

    /// <summary>Plain .NET view of a node (string / list / dictionary) for data the engine interprets itself.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}

namespace Compliance.PolicyEngine.Documents;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// A YAML or JSON value with the 1-based position where it is written. Aliases share the
/// anchored node, so a finding about an aliased value points inside the anchor
/// (policy-defaults §2).
/// </summary>
public abstract class DocNode
{
    public int Line { get; init; }
    public int Column { get; init; }
}

/// <summary>The type a scalar resolves to (YAML 1.1 as kubectl reads it; JSON token types).</summary>
public enum ScalarType { Null, Bool, Int, Float, String }

public sealed class ScalarNode : DocNode
{
    public ScalarNode(string value, ScalarType type) { Value = value; Type = type; }

    /// <summary>The text of the scalar (for JSON strings: the unescaped string).</summary>
    public string Value { get; }
    public ScalarType Type { get; }

    public bool IsNull => Type == ScalarType.Null;

    /// <summary>Boolean as Kubernetes reads it: only a resolved YAML 1.1 / JSON boolean, not the string "true".</summary>
    public bool? AsBool() => Type == ScalarType.Bool ? YamlScalars.ParseBool(Value) : null;

    /// <summary>Boolean, also accepting the quoted forms "true"/"false" (ConfigMap data, annotations).</summary>
    public bool? AsLooseBool() => AsBool() ?? YamlScalars.ParseBool(Value);

    public long? AsInt() => Type == ScalarType.Int ? YamlScalars.ParseInt(Value)
        : long.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public override string ToString() => Value;
}

public sealed record MapEntry(ScalarNode Key, DocNode Value);

public sealed class MapNode : DocNode
{
    private readonly List<MapEntry> _entries = [];

    /// <summary>.NET configuration keys (appsettings*.json) compare case-insensitively.</summary>
    public bool IgnoreCase { get; init; }

    public IReadOnlyList<MapEntry> Entries => _entries;

    internal void Add(MapEntry e) => _entries.Add(e);

    internal void Replace(IEnumerable<MapEntry> entries) { var l = entries.ToList(); _entries.Clear(); _entries.AddRange(l); }

    private StringComparison Cmp => IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The entry for a key (the last one when a key is repeated, as a YAML→JSON conversion keeps it).</summary>
    public MapEntry? Entry(string key)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
            if (string.Equals(_entries[i].Key.Value, key, Cmp)) return _entries[i];
        return null;
    }

    public DocNode? this[string key] => Entry(key)?.Value;

    public MapNode? Map(string key) => this[key] as MapNode;
    public SeqNode? Seq(string key) => this[key] as SeqNode;
    public ScalarNode? Scalar(string key) => this[key] as ScalarNode;

    /// <summary>A scalar's text, or null when absent, null or not a scalar.</summary>
    public string? Str(string key) => this[key] is ScalarNode { IsNull: false } s ? s.Value : null;
}

public sealed class SeqNode : DocNode
{
    private readonly List<DocNode> _items = [];
    public IReadOnlyList<DocNode> Items => _items;
    internal void Add(DocNode n) => _items.Add(n);
}

public static class DocNodeExtensions
{
    /// <summary>Walks a dotted path of map keys (keys containing dots can't be addressed this way: use indexers).</summary>
    public static DocNode? At(this DocNode? node, params string[] keys)
    {
        foreach (var k in keys)
        {
            if (node is not MapNode m) return null;
            node = m[k];
        }
        return node;
    }

    public static IEnumerable<MapNode> Maps(this SeqNode? seq) => seq?.Items.OfType<MapNode>() ?? [];

    public static IEnumerable<string> Strings(this DocNode? node) => node switch
    {
        SeqNode s => s.Items.OfType<ScalarNode>().Where(x => !x.IsNull).Select(x => x.Value),
        ScalarNode { IsNull: false } x => [x.Value],
        _ => [],
    };

    /// <summary>JSON form of the value (YAML 1.1 scalars resolved), for JMESPath assertions.</summary>
    public static string ToJson(this DocNode? node)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) Write(w, node);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Write(Utf8JsonWriter w, DocNode? node)
    {
        switch (node)
        {
            case MapNode m:
                w.WriteStartObject();
                var seen = new HashSet<string>(m.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                for (var i = m.Entries.Count - 1; i >= 0; i--) seen.Add(m.Entries[i].Key.Value);
                foreach (var e in m.Entries)
                {
                    if (!seen.Remove(e.Key.Value)) continue; // repeated key: write once, with the last value
                    w.WritePropertyName(e.Key.Value);
                    Write(w, m[e.Key.Value]);
                }
                w.WriteEndObject();
                break;
            case SeqNode s:
                w.WriteStartArray();
                foreach (var i in s.Items) Write(w, i);
                w.WriteEndArray();
                break;
            case ScalarNode { Type: ScalarType.Bool } b: w.WriteBooleanValue(YamlScalars.ParseBool(b.Value) ?? false); break;
            case ScalarNode { Type: ScalarType.Int } n when YamlScalars.ParseInt(n.Value) is { } l: w.WriteNumberValue(l); break;
            case ScalarNode { Type: ScalarType.Float } f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d): w.WriteNumberValue(d); break;
            case ScalarNode { Type: ScalarType.Null }: case null: w.WriteNullValue(); break;
            case ScalarNode x: w.WriteStringValue(x.Value); break;
        }
    }
}

/// <summary>YAML 1.1 plain-scalar resolution, as go-yaml v2 (kubectl, sigs.k8s.io/yaml) does it.</summary>
public static class YamlScalars
{
    private static readonly HashSet<string> s_true = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
    private static readonly HashSet<string> s_false = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
    private static readonly HashSet<string> s_null = ["", "~", "null", "Null", "NULL"];

    public static bool? ParseBool(string v) => s_true.Contains(v) ? true : s_false.Contains(v) ? false : null;

    public static long? ParseInt(string v)
    {
        var s = v.Replace("_", "");
        var neg = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+')) s = s[1..];
        long r;
        if (s.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(s[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out r)) return neg ? -r : r;
        if (s.StartsWith("0o", StringComparison.Ordinal)) s = "0" + s[2..];
        if (s.Length > 1 && s[0] == '0' && s.All(c => c is >= '0' and <= '7'))
        {
            try { r = Convert.ToInt64(s, 8); return neg ? -r : r; } catch (Exception) { return null; }
        }
        if (s.Length > 0 && s.All(char.IsAsciiDigit) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out r)) return neg ? -r : r;
        return null;
    }

    public static ScalarType ResolvePlain(string v)
    {
        if (s_null.Contains(v)) return ScalarType.Null;
        if (ParseBool(v) is not null) return ScalarType.Bool;
        if (ParseInt(v) is not null) return ScalarType.Int;
        if (v.Length > 0 && (char.IsAsciiDigit(v[0]) || v[0] is '-' or '+' or '.') &&
            double.TryParse(v.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return ScalarType.Float;
        if (v is ".inf" or ".Inf" or ".INF" or "-.inf" or ".nan" or ".NaN" or ".NAN") return ScalarType.Float;
        return ScalarType.String;
    }
}

namespace Compliance.PolicyEngine.Documents;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

/// <summary>
/// Reads a YAML stream into <see cref="DocNode"/> trees keeping every key's and value's line.
/// Uses YamlDotNet's event parser (not its object model) so that aliases can be shared instead
/// of copied, expansion is budgeted (alias bombs become a parse error), merge keys (<c>&lt;&lt;</c>)
/// keep the anchored entries' own lines, and Helm's <c># Source:</c> comments are kept.
/// </summary>
public static class YamlReader
{
    [ThreadStatic] private static (int Line, int Column) t_lastMark;
    private static (int Line, int Column) LastMark => t_lastMark;

    public static ParsedFile Read(string path, string text)
    {
        t_lastMark = (1, 1);
        var docs = new List<DocRecord>();
        try
        {
            // Comments are skipped by the scanner (YamlDotNet's comment events break on a comment after a
            // flow collection); Helm's "# Source:" lines are found by a separate line scan.
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            var sources = HelmSources(text);
            var previousStart = 0;
            var ctx = new Ctx(parser);
            ctx.Expect<StreamStart>();
            string? pendingSource = null;
            while (true)
            {
                ctx.SkipComments(ref pendingSource);
                if (parser.Current is StreamEnd) break;
                var ds = ctx.Expect<DocumentStart>();
                ctx.Anchors.Clear();
                ctx.Budget = 0;
                ctx.SkipComments(ref pendingSource);
                DocNode? root = null;
                if (parser.Current is not DocumentEnd) root = ctx.ReadNode(0, ref pendingSource);
                ctx.SkipComments(ref pendingSource);
                ctx.Expect<DocumentEnd>();
                var startLine = root?.Line ?? (int)ds.Start.Line;
                var from = previousStart;
                pendingSource = sources.LastOrDefault(x => x.Line > from && x.Line < startLine).Source;
                previousStart = startLine;
                docs.Add(new DocRecord(docs.Count, root, startLine, pendingSource));
                pendingSource = null;
            }
            return new ParsedFile(path, DocFormat.Yaml, docs, null);
        }
        catch (YamlException ex)
        {
            // A construct left open at the end of input (truncated file) is a defect of the last line.
            var atEnd = ex.Message.Contains("end of stream", StringComparison.OrdinalIgnoreCase);
            var line = atEnd ? int.MaxValue : (int)ex.Start.Line;
            return new ParsedFile(path, DocFormat.Yaml, [], ErrorAt(text, line, (int)ex.Start.Column, Clean(ex.Message)));
        }
        catch (DocLimitException ex)
        {
            return new ParsedFile(path, DocFormat.Yaml, [], ErrorAt(text, ex.Line, ex.Column, ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet sometimes fails with a state error instead of a YamlException (e.g. an unclosed
            // flow mapping followed by block content): still a syntax error, at the last position it read.
            return new ParsedFile(path, DocFormat.Yaml, [], ErrorAt(text, LastMark.Line, LastMark.Column, "The YAML is not well-formed near this line."));
        }
    }

    private static List<(int Line, string Source)> HelmSources(string text)
    {
        var list = new List<(int, string)>();
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var l = raw.TrimEnd('\r');
            if (l.StartsWith("# Source:", StringComparison.Ordinal)) list.Add((n, l["# Source:".Length..].Trim()));
        }
        return list;
    }

    /// <summary>Clamp a reported position to the file (an error at end of input points at the last line).</summary>
    internal static ParseError ErrorAt(string text, int line, int column, string message)
    {
        var lines = LastLine(text);
        if (line < 1) line = 1;
        if (line > lines) { line = lines; column = 1; }
        return new ParseError(line, Math.Max(1, column), message);
    }

    /// <summary>Number of the last line that has content (a final newline does not start a line).</summary>
    internal static int LastLine(string text)
    {
        var n = 1;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' && i < text.Length - 1) n++;
        return n;
    }

    internal static string Trunc(string key) => key.Length <= 60 ? key : key[..60] + "…";

    private static string Clean(string m)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the finding has the position already.
        var i = m.IndexOf("): ", StringComparison.Ordinal);
        return m.StartsWith('(') && i > 0 ? m[(i + 3)..] : m;
    }

    private sealed class Ctx(IParser parser)
    {
        public readonly Dictionary<string, (DocNode Node, long Weight)> Anchors = new(StringComparer.Ordinal);
        public long Budget;

        private bool Next()
        {
            var ok = parser.MoveNext();
            if (parser.Current is { } c) t_lastMark = ((int)c.Start.Line, (int)c.Start.Column);
            return ok;
        }

        public T Expect<T>() where T : ParsingEvent
        {
            if (parser.Current is null) Next();
            if (parser.Current is not T t)
            {
                var c = parser.Current;
                throw new YamlException(c?.Start ?? Mark.Empty, c?.End ?? Mark.Empty, $"Unexpected {c?.GetType().Name ?? "end of input"}.");
            }
            Next();
            return t;
        }

        public void SkipComments(ref string? helmSource)
        {
            if (parser.Current is null) Next();
            while (parser.Current is Comment c)
            {
                var v = c.Value.Trim();
                if (v.StartsWith("Source:", StringComparison.Ordinal)) helmSource = v["Source:".Length..].Trim();
                Next();
            }
        }

        private void Skip() { while (parser.Current is Comment) Next(); }

        private long Charge(ParsingEvent at, long weight)
        {
            Budget = Math.Min(long.MaxValue / 4, Budget + weight);
            if (Budget > ParseLimits.MaxExpandedNodes)
                throw new DocLimitException((int)at.Start.Line, (int)at.Start.Column,
                    $"The document expands to more than {ParseLimits.MaxExpandedNodes:N0} values through aliases (an alias bomb?); it was not read.");
            return weight;
        }

        public DocNode ReadNode(int depth, ref string? helmSource)
        {
            Skip();
            var ev = parser.Current!;
            if (depth > ParseLimits.MaxDepth)
                throw new DocLimitException((int)ev.Start.Line, (int)ev.Start.Column, $"The document is nested more than {ParseLimits.MaxDepth} levels deep; it was not read.");
            switch (ev)
            {
                case AnchorAlias a:
                    Next();
                    if (!Anchors.TryGetValue(a.Value.Value, out var target))
                        throw new YamlException(a.Start, a.End, $"Alias *{a.Value.Value} refers to an anchor that is not defined before it.");
                    Charge(a, target.Weight);
                    return target.Node;
                case Scalar s:
                {
                    Next();
                    var type = s.Tag.IsEmpty || s.Tag.Value is "!" ? (s.Style == ScalarStyle.Plain ? YamlScalars.ResolvePlain(s.Value) : ScalarType.String)
                        : TagType(s.Tag.Value, s.Value);
                    var node = new ScalarNode(s.Value, type) { Line = (int)s.Start.Line, Column = (int)s.Start.Column };
                    Register(s.Anchor, node, Charge(s, 1));
                    return node;
                }
                case SequenceStart ss:
                {
                    Next();
                    var seq = new SeqNode { Line = (int)ss.Start.Line, Column = (int)ss.Start.Column };
                    var before = Budget;
                    Charge(ss, 1);
                    while (true)
                    {
                        Skip();
                        if (parser.Current is SequenceEnd) { Next(); break; }
                        seq.Add(ReadNode(depth + 1, ref helmSource));
                    }
                    Register(ss.Anchor, seq, Budget - before);
                    return seq;
                }
                case MappingStart ms:
                {
                    Next();
                    var map = new MapNode { Line = (int)ms.Start.Line, Column = (int)ms.Start.Column };
                    var before = Budget;
                    Charge(ms, 1);
                    var merges = new List<DocNode>();
                    var keys = new HashSet<string>(StringComparer.Ordinal);
                    while (true)
                    {
                        Skip();
                        if (parser.Current is MappingEnd) { Next(); break; }
                        var keyEv = parser.Current;
                        var key = ReadNode(depth + 1, ref helmSource);
                        var value = ReadNode(depth + 1, ref helmSource);
                        if (key is ScalarNode { Value: "<<" } mk && keyEv is Scalar { Style: ScalarStyle.Plain })
                        {
                            merges.Add(value);
                            continue;
                        }
                        // Complex keys (maps as keys) do not occur in configuration; keep their line with an empty name.
                        var k = key as ScalarNode ?? new ScalarNode("", ScalarType.String) { Line = key.Line, Column = key.Column };
                        // YAML requires unique keys (YamlDotNet's and go-yaml v3's loaders reject duplicates).
                        if (key is ScalarNode && !keys.Add(k.Value))
                            throw new DocLimitException(k.Line, k.Column, $"Duplicate key '{Trunc(k.Value)}' in the same mapping.");
                        map.Add(new MapEntry(k, value));
                    }
                    if (merges.Count > 0) Merge(map, merges);
                    Register(ms.Anchor, map, Budget - before);
                    return map;
                }
                default:
                    throw new YamlException(ev.Start, ev.End, $"Unexpected {ev.GetType().Name}.");
            }
        }

        private static ScalarType TagType(string tag, string value) => tag switch
        {
            "tag:yaml.org,2002:str" => ScalarType.String,
            "tag:yaml.org,2002:int" => ScalarType.Int,
            "tag:yaml.org,2002:bool" => ScalarType.Bool,
            "tag:yaml.org,2002:float" => ScalarType.Float,
            "tag:yaml.org,2002:null" => ScalarType.Null,
            _ => YamlScalars.ResolvePlain(value),
        };

        /// <summary>YAML merge key: explicit keys win; among merged maps the first one listed wins.</summary>
        private static void Merge(MapNode map, List<DocNode> merges)
        {
            var sources = new List<MapNode>();
            foreach (var m in merges)
            {
                if (m is MapNode mm) sources.Add(mm);
                else if (m is SeqNode s) sources.AddRange(s.Items.OfType<MapNode>());
            }
            var present = new HashSet<string>(map.Entries.Select(e => e.Key.Value), StringComparer.Ordinal);
            var merged = new List<MapEntry>();
            foreach (var src in sources)
                foreach (var e in src.Entries)
                    if (present.Add(e.Key.Value)) merged.Add(e);
            map.Replace(merged.Concat(map.Entries));
        }

        private void Register(AnchorName anchor, DocNode node, long weight)
        {
            if (!anchor.IsEmpty) Anchors[anchor.Value] = (node, Math.Max(1, weight));
        }
    }
}

/// <summary>A document over a safety limit (alias expansion, nesting depth).</summary>
internal sealed class DocLimitException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

namespace Compliance.PolicyEngine.Documents;

using System.Text;
using System.Text.Json;

/// <summary>
/// Reads JSON into <see cref="DocNode"/> trees with lines, using <see cref="Utf8JsonReader"/>
/// token offsets. Strict JSON for files strict readers load (Keycloak exports, package.json, data files);
/// JSON with comments and trailing commas for files .NET or common tooling reads leniently
/// (<see cref="Compliance.Analyzers.Documents.ConfigFormats.IsLenientJson"/>); appsettings*.json as .NET configuration reads it (also
/// case-insensitive keys, no repeated key).
/// </summary>
public static class JsonReader
{
    /// <param name="allowComments">Comments and trailing commas allowed without the rest of .NET configuration's rules.</param>
    public static ParsedFile Read(string path, string text, bool dotNetConfiguration, bool allowComments = false)
    {
        var format = dotNetConfiguration ? DocFormat.DotNetConfigJson : DocFormat.Json;
        var lenient = dotNetConfiguration || allowComments;
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        if (!dotNetConfiguration && string.IsNullOrWhiteSpace(body))
        {
            // An empty file kept as a placeholder (Traefik's acme.json, a data file filled at run time) has no setting
            // to judge, so it is no parse error; .NET configuration still is one: the host fails to start on it.
            return new ParsedFile(path, format, [], null);
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        var lines = new LineMap(bytes);
        var options = new JsonReaderOptions
        {
            CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = lenient,
            MaxDepth = ParseLimits.MaxDepth,
        };
        try
        {
            var reader = new Utf8JsonReader(bytes, options);
            if (!reader.Read()) throw new JsonException("The file contains no JSON value.", null, lines.LastLine - 1, 0);
            var root = ReadValue(ref reader, lines, dotNetConfiguration);
            if (reader.Read()) throw new JsonException("Unexpected content after the JSON value.", null, lines.LineOf((int)reader.TokenStartIndex) - 1, 0);
            return new ParsedFile(path, format, [new DocRecord(0, root, root.Line, null)], null);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var col = (int)(ex.BytePositionInLine ?? 0) + 1;
            var msg = ex.Message;
            var cut = msg.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) msg = msg[..cut].TrimEnd();
            return new ParsedFile(path, format, [], YamlReader.ErrorAt(text, line, col, msg));
        }
    }

    private static DocNode ReadValue(ref Utf8JsonReader r, LineMap lines, bool ignoreCase)
    {
        var (line, col) = lines.Position((int)r.TokenStartIndex);
        switch (r.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var map = new MapNode { Line = line, Column = col, IgnoreCase = ignoreCase };
                // .NET configuration rejects a key repeated in one object (keys compare case-insensitively);
                // strict JSON allows it (RFC 8259: SHOULD be unique) and the last one wins.
                var keys = ignoreCase ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
                while (r.Read() && r.TokenType != JsonTokenType.EndObject)
                {
                    var (kl, kc) = lines.Position((int)r.TokenStartIndex);
                    var key = new ScalarNode(r.GetString() ?? "", ScalarType.String) { Line = kl, Column = kc };
                    if (keys is not null && !keys.Add(key.Value))
                        throw new JsonException($"Duplicate key '{YamlReader.Trunc(key.Value)}' in the same object (.NET configuration rejects it).", null, kl - 1, kc - 1);
                    r.Read();
                    map.Add(new MapEntry(key, ReadValue(ref r, lines, ignoreCase)));
                }
                return map;
            }
            case JsonTokenType.StartArray:
            {
                var seq = new SeqNode { Line = line, Column = col };
                while (r.Read() && r.TokenType != JsonTokenType.EndArray) seq.Add(ReadValue(ref r, lines, ignoreCase));
                return seq;
            }
            case JsonTokenType.String: return new ScalarNode(r.GetString() ?? "", ScalarType.String) { Line = line, Column = col };
            case JsonTokenType.Number:
            {
                var raw = Encoding.UTF8.GetString(r.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(r.ValueSequence) : r.ValueSpan.ToArray());
                return new ScalarNode(raw, r.TryGetInt64(out _) ? ScalarType.Int : ScalarType.Float) { Line = line, Column = col };
            }
            case JsonTokenType.True: return new ScalarNode("true", ScalarType.Bool) { Line = line, Column = col };
            case JsonTokenType.False: return new ScalarNode("false", ScalarType.Bool) { Line = line, Column = col };
            default: return new ScalarNode("", ScalarType.Null) { Line = line, Column = col };
        }
    }

    /// <summary>Byte offset → 1-based line and UTF-16 column.</summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineMap(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n' && i < bytes.Length - 1) _starts.Add(i + 1);
        }

        public int LastLine => _starts.Count;

        public int LineOf(int offset)
        {
            var i = _starts.BinarySearch(offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        // Tokens arrive in order: continue counting from the previous token on the same line, so a
        // one-line minified file costs O(n), not O(n²) (15 MB took minutes).
        private int _lastLine, _lastOffset, _lastColumn;

        public (int Line, int Column) Position(int offset)
        {
            var line = LineOf(offset);
            var start = _starts[line - 1];
            var column = line == _lastLine && offset >= _lastOffset
                ? _lastColumn + Encoding.UTF8.GetCharCount(_bytes, _lastOffset, offset - _lastOffset)
                : Encoding.UTF8.GetCharCount(_bytes, start, Math.Max(0, offset - start)) + 1;
            (_lastLine, _lastOffset, _lastColumn) = (line, Math.Max(start, offset), column);
            return (line, column);
        }
    }
}

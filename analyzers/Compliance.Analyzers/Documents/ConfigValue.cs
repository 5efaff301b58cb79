namespace Compliance.Analyzers.Documents
{
    /// <summary>
    /// One scalar value a configuration walker found, as written in the file: the key path naming it
    /// (<c>ConnectionStrings:Default</c>, <c>add:ApiKey</c>, <c>Secret@password</c>), the key itself, and where its
    /// text starts (<see cref="TextLines.Position"/> gives line and column). Walkers only locate values; what a
    /// value means (a secret, a placeholder…) is the caller's decision.
    /// </summary>
    public sealed class ConfigValue
    {
        public ConfigValue(string anchor, string key, int offset, string raw)
        {
            Anchor = anchor;
            Key = key;
            Offset = offset;
            Raw = raw;
        }

        /// <summary>Key path, ':'-separated (array items by index); XML attributes as <c>element@attribute</c>.</summary>
        public string Anchor { get; }

        /// <summary>The innermost key (YAML/JSON/ini), attribute name, or element name.</summary>
        public string Key { get; }

        /// <summary>Offset of the value's first character in the file's text.</summary>
        public int Offset { get; }

        /// <summary>The value's text as written (JSON escapes kept, YAML/ini quotes and trailing comments removed).</summary>
        public string Raw { get; }

        /// <summary>XML: the element holding the value.</summary>
        public string? Element { get; set; }

        /// <summary>XML: the attribute holding the value (null for element text).</summary>
        public string? Attribute { get; set; }

        /// <summary>XML: a <c>value</c>/<c>connectionString</c> attribute named by the element's <c>key</c>/<c>name</c> (appSettings' &lt;add key="…" value="…"/&gt;).</summary>
        public bool Keyed { get; set; }

        /// <summary>YAML: "data" or "stringData" for an entry of a Kubernetes Secret's data maps, else null.</summary>
        public string? SecretSection { get; set; }
    }

    internal static class ScalarText
    {
        /// <summary>Strips quotes and a trailing " # comment" from a scalar, keeping the value's offset.</summary>
        public static (int Index, string Value) Unquote(int index, string raw)
        {
            var v = raw;
            var lead = v.Length - v.TrimStart().Length;
            v = v.Trim();
            index += lead;
            if (v.Length >= 2 && (v[0] == '"' || v[0] == '\''))
            {
                var close = v.IndexOf(v[0], 1);
                if (close > 0)
                {
                    return (index + 1, v.Substring(1, close - 1));
                }
            }

            var hash = v.IndexOf(" #", System.StringComparison.Ordinal);
            if (hash >= 0)
            {
                v = v.Substring(0, hash).TrimEnd();
            }

            return (index, v);
        }
    }
}

using System.Collections.Generic;
using System.Text.RegularExpressions;
using Compliance.Analyzers.Secrets.Detection;

namespace Compliance.Analyzers.Documents
{
    /// <summary>Walks .env/.properties/.ini/.toml text: one <c>key = value</c> (or <c>key: value</c>) per line, keys prefixed by their [section].</summary>
    internal static class KeyValueTextWalker
    {
        private static readonly Regex KeyValueLine = RegexDefaults.Create(@"^[ \t]*(?:export[ \t]+)?(?<key>[A-Za-z_][\w.\-]*)[ \t]*[=:][ \t]*(?<val>[^\r\n]*)\r?$", RegexOptions.Multiline);
        private static readonly Regex IniSection = RegexDefaults.Create(@"^[ \t]*\[(?<name>[^\]\r\n]+)\][ \t]*\r?$", RegexOptions.Multiline);

        public static IEnumerable<ConfigValue> Walk(string s)
        {
            var sections = new List<(int At, string Name)>();
            var sm = RegexDefaults.SafeMatches(IniSection, s);
            if (sm != null)
            {
                foreach (Match m in sm)
                {
                    sections.Add((m.Index, m.Groups["name"].Value.Trim()));
                }
            }

            var lines = RegexDefaults.SafeMatches(KeyValueLine, s);
            if (lines == null)
            {
                yield break;
            }

            foreach (Match m in lines)
            {
                var key = m.Groups["key"].Value;
                var val = m.Groups["val"];
                var (vi, vv) = ScalarText.Unquote(val.Index, val.Value);
                string section = string.Empty;
                foreach (var sec in sections)
                {
                    if (sec.At < m.Index)
                    {
                        section = sec.Name + ":";
                    }
                }

                yield return new ConfigValue(section + key, key, vi, vv);
            }
        }
    }
}

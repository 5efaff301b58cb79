using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Compliance.Analyzers.Secrets.Detection;

namespace Compliance.Analyzers.Documents
{
    /// <summary>
    /// Walks XML configuration text (web.config, app.config, nuget.config, *.pubxml, *.PublishSettings, MSBuild files)
    /// for attribute values and short element texts, outside &lt;!-- --&gt; comments. Pattern-based, not a parser:
    /// a file that is not well-formed still has its values located. All attributes come first, then element texts.
    /// </summary>
    internal static class XmlTextWalker
    {
        private static readonly Regex XmlTag = RegexDefaults.Create(@"<(?<el>[A-Za-z_][\w:.\-]*)(?<attrs>\s[^<>]*?)?/?>");
        private static readonly Regex XmlAttr = RegexDefaults.Create(@"(?<name>[A-Za-z_][\w:.\-]*)\s*=\s*(?:""(?<val>[^""]*)""|'(?<val>[^']*)')");
        private static readonly Regex XmlText = RegexDefaults.Create(@"<(?<el>[A-Za-z_][\w.\-]*)(?:\s[^<>]*)?>(?<val>[^<]{1,4096})</\k<el>\s*>");
        private static readonly Regex XmlComment = RegexDefaults.Create(@"<!--[\s\S]*?-->");

        /// <summary>
        /// Attribute values other than the <c>key</c>/<c>name</c> that label an element (anchor <c>element@attribute</c>,
        /// or <c>element:keyName</c> for a <see cref="ConfigValue.Keyed"/> value), then trimmed element texts (anchor: the element).
        /// </summary>
        public static IEnumerable<ConfigValue> Walk(string s)
        {
            var comments = new List<(int, int)>();
            var cm = RegexDefaults.SafeMatches(XmlComment, s);
            if (cm != null)
            {
                foreach (Match m in cm)
                {
                    comments.Add((m.Index, m.Index + m.Length));
                }
            }

            bool InComment(int at)
            {
                foreach (var (a, b) in comments)
                {
                    if (at >= a && at < b)
                    {
                        return true;
                    }
                }

                return false;
            }

            var tags = RegexDefaults.SafeMatches(XmlTag, s);
            if (tags != null)
            {
                foreach (Match tag in tags)
                {
                    if (InComment(tag.Index))
                    {
                        continue;
                    }

                    var el = tag.Groups["el"].Value;
                    var attrsGroup = tag.Groups["attrs"];
                    if (!attrsGroup.Success)
                    {
                        continue;
                    }

                    var attrs = RegexDefaults.SafeMatches(XmlAttr, attrsGroup.Value);
                    if (attrs == null)
                    {
                        continue;
                    }

                    string? keyName = null;
                    foreach (Match a in attrs)
                    {
                        var n = a.Groups["name"].Value;
                        if (IsLabel(n))
                        {
                            keyName = a.Groups["val"].Value;
                        }
                    }

                    foreach (Match a in attrs)
                    {
                        var n = a.Groups["name"].Value;
                        var val = a.Groups["val"];
                        var at = attrsGroup.Index + val.Index;
                        if (keyName != null && (n.Equals("value", StringComparison.OrdinalIgnoreCase) || n.Equals("connectionString", StringComparison.OrdinalIgnoreCase)))
                        {
                            yield return new ConfigValue(el + ":" + keyName, keyName, at, val.Value) { Element = el, Attribute = n, Keyed = true };
                        }
                        else if (!IsLabel(n))
                        {
                            yield return new ConfigValue(el + "@" + n, n, at, val.Value) { Element = el, Attribute = n };
                        }
                    }
                }
            }

            var texts = RegexDefaults.SafeMatches(XmlText, s);
            if (texts != null)
            {
                foreach (Match m in texts)
                {
                    if (InComment(m.Index))
                    {
                        continue;
                    }

                    var el = m.Groups["el"].Value;
                    var val = m.Groups["val"];
                    var trimmed = val.Value.Trim();
                    if (trimmed.Length == 0)
                    {
                        continue;
                    }

                    yield return new ConfigValue(el, el, val.Index + val.Value.IndexOf(trimmed, StringComparison.Ordinal), trimmed) { Element = el };
                }
            }
        }

        private static bool IsLabel(string attribute) =>
            attribute.Equals("key", StringComparison.OrdinalIgnoreCase) || attribute.Equals("name", StringComparison.OrdinalIgnoreCase);
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Analyzers.Secrets.Detection;

namespace Compliance.Analyzers.Documents
{
    /// <summary>
    /// Walks YAML text line by line for scalar values and their key paths (by indentation), per '---' document.
    /// Not a parser: Helm templates and files the policy engine's YAML reader rejects (CMP9001) still have their
    /// values located. Block scalars, anchors/aliases and flow collections are skipped.
    /// </summary>
    internal static class YamlTextWalker
    {
        private static readonly Regex YamlKey = RegexDefaults.Create(@"^(?<indent>[ ]*)(?<dash>-[ ]+)?(?<key>""[^""]+""|'[^']+'|[^\s#'""\-][^:#]*?|[A-Za-z_\-][^:#]*?)[ ]*:(?:[ ]+(?<val>.*?))?[ ]*\r?$");
        private static readonly Regex YamlListEnv = RegexDefaults.Create(@"^(?<indent>[ ]*)-[ ]+[""']?(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)=(?<val>[^""'\r\n]*)[""']?[ ]*\r?$");
        private static readonly Regex SecretKind = RegexDefaults.Create(@"^kind:[ ]*[""']?Secret[""']?[ ]*\r?$", RegexOptions.Multiline);

        /// <param name="pairEnvName">
        /// Kubernetes env entries: given the <c>name</c> of a <c>- name: X / value: …</c> entry, whether its value is
        /// reported under that name (anchor <c>…:X</c>, key X) instead of under the key <c>value</c>.
        /// </param>
        public static IEnumerable<ConfigValue> Walk(string s, Func<string, bool> pairEnvName)
        {
            var docStart = 0;
            while (docStart <= s.Length)
            {
                var sep = FindDocSeparator(s, docStart);
                var docEnd = sep < 0 ? s.Length : sep;
                foreach (var v in WalkDocument(s, docStart, docEnd, pairEnvName))
                {
                    yield return v;
                }

                if (sep < 0)
                {
                    break;
                }

                var nl = s.IndexOf('\n', sep);
                docStart = nl < 0 ? s.Length + 1 : nl + 1;
            }
        }

        private static int FindDocSeparator(string s, int from)
        {
            var i = from;
            while (i < s.Length)
            {
                if ((i == 0 || s[i - 1] == '\n') && string.CompareOrdinal(s, i, "---", 0, 3) == 0 && (i + 3 >= s.Length || char.IsWhiteSpace(s[i + 3])))
                {
                    if (i > from || from == 0)
                    {
                        return i;
                    }
                }

                var nl = s.IndexOf('\n', i);
                if (nl < 0)
                {
                    break;
                }

                i = nl + 1;
            }

            return -1;
        }

        private static IEnumerable<ConfigValue> WalkDocument(string s, int start, int end, Func<string, bool> pairEnvName)
        {
            var doc = s.Substring(start, end - start);
            bool isSecret;
            try
            {
                isSecret = SecretKind.IsMatch(doc);
            }
            catch (RegexMatchTimeoutException)
            {
                isSecret = false;
            }

            var stack = new List<(int Indent, string Key)>();
            var lineStart = start;
            var inBlockScalar = -1;
            // Kubernetes env entries: "- name: DB_PASSWORD" then "value: …" in the same mapping (its indent).
            var envName = (Indent: -1, Name: string.Empty);
            while (lineStart < end)
            {
                var nl = s.IndexOf('\n', lineStart);
                var lineEnd = nl < 0 || nl > end ? end : nl;
                var line = s.Substring(lineStart, lineEnd - lineStart);
                var indent = line.Length - line.TrimStart(' ').Length;
                var trimmed = line.Trim();

                if (inBlockScalar >= 0 && (trimmed.Length == 0 || indent > inBlockScalar))
                {
                    lineStart = lineEnd + 1;
                    continue;
                }

                inBlockScalar = -1;
                if (trimmed.Length == 0 || trimmed[0] == '#')
                {
                    lineStart = lineEnd + 1;
                    continue;
                }

                var env = YamlListEnv.Match(line);
                if (env.Success)
                {
                    var parent = PathOf(stack, indent);
                    var key = env.Groups["key"].Value;
                    var val = env.Groups["val"];
                    yield return new ConfigValue(Join(parent, key), key, lineStart + val.Index, val.Value.TrimEnd());
                    lineStart = lineEnd + 1;
                    continue;
                }

                var m = YamlKey.Match(line);
                if (m.Success)
                {
                    var keyIndent = m.Groups["indent"].Length + m.Groups["dash"].Length;
                    var key = m.Groups["key"].Value.Trim().Trim('"', '\'');
                    while (stack.Count > 0 && stack[stack.Count - 1].Indent >= keyIndent)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    var valGroup = m.Groups["val"];
                    if (m.Groups["dash"].Length > 0 || keyIndent < envName.Indent)
                    {
                        envName = (-1, string.Empty);
                    }

                    if (key == "name" && m.Groups["dash"].Length > 0 && valGroup.Success)
                    {
                        envName = (keyIndent, valGroup.Value.Trim().Trim('"', '\''));
                    }
                    else if (key == "value" && keyIndent == envName.Indent && envName.Name.Length > 0 && valGroup.Success && valGroup.Value.Length > 0
                             && valGroup.Value[0] != '|' && valGroup.Value[0] != '>' && pairEnvName(envName.Name))
                    {
                        var (evi, evv) = ScalarText.Unquote(lineStart + valGroup.Index, valGroup.Value);
                        yield return new ConfigValue(Join(PathOf(stack, keyIndent), envName.Name), envName.Name, evi, evv);
                        lineStart = lineEnd + 1;
                        continue;
                    }

                    if (!valGroup.Success || valGroup.Value.Length == 0 || valGroup.Value[0] == '#')
                    {
                        stack.Add((keyIndent, key));
                    }
                    else if (valGroup.Value[0] == '|' || valGroup.Value[0] == '>')
                    {
                        inBlockScalar = keyIndent;
                    }
                    else if (valGroup.Value[0] != '&' && valGroup.Value[0] != '*' && valGroup.Value[0] != '{' && valGroup.Value[0] != '[')
                    {
                        var (vi, vv) = ScalarText.Unquote(lineStart + valGroup.Index, valGroup.Value);
                        var anchor = Join(PathOf(stack, keyIndent), key);
                        var underSecretData = isSecret && stack.Count == 1 && (stack[0].Key == "data" || stack[0].Key == "stringData");
                        yield return new ConfigValue(anchor, key, vi, vv) { SecretSection = underSecretData ? stack[0].Key : null };
                    }
                }

                lineStart = lineEnd + 1;
            }
        }

        private static string PathOf(List<(int Indent, string Key)> stack, int indent)
        {
            var sb = new StringBuilder();
            foreach (var (i, k) in stack)
            {
                if (i < indent)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(':');
                    }

                    sb.Append(k);
                }
            }

            return sb.ToString();
        }

        private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + ":" + key;
    }
}

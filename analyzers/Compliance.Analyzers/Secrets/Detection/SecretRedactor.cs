using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Masks every secret-looking value in a piece of text before it is shown anywhere (messages, evidence, reports).
    /// Conservative on purpose: when a value sits behind a secret-named key it is masked even if it may be harmless.
    /// </summary>
    public static class SecretRedactor
    {
        // key = value, key: value, "key": "value", key => "value", key="value" (XML attributes), Chinese full-width colon
        private static readonly Regex KeyValue = RegexDefaults.Create(
            @"(?<key>[\p{L}_][\p{L}\p{N}_.\-]{0,80})[""']?\s*(?::=|=>|==|=|:|：)\s*(?:""(?<val>[^""\r\n]{1,1024})""|'(?<val>[^'\r\n]{1,1024})'|`(?<val>[^`\r\n]{1,1024})`|(?<val>[^\s,;'""`<>{}\[\]()“”‘’（）「」【】《》，；。、]{1,1024}))");

        // (unquoted values also stop at CJK quotes/brackets/punctuation: a zh message "配置文件“token:secret”处…" must not
        // turn the rest of the sentence into a value)
        // key=value without quotes, also inside a quoted connection string ("...;Password=x;...")
        private static readonly Regex BareKeyValue = RegexDefaults.Create(
            @"(?<![\p{L}\p{N}_])(?<key>(?i:user password)|[\p{L}_][\p{L}\p{N}_.\-]{0,60})\s*(?:=|:|：)\s*(?<val>[^\s;,'""`<>{}\[\]()“”‘’（）「」【】《》，；。、]{1,1024})");

        private static readonly Regex QuotedString = RegexDefaults.Create(@"""(?<v>[^""\r\n]{8,4096})""|'(?<v>[^'\r\n]{8,4096})'");

        // <Password>value</Password>
        private static readonly Regex XmlElement = RegexDefaults.Create(@"<(?<key>[\p{L}_][\p{L}\p{N}_.\-:]{0,80})>(?<val>[^<\r\n]{1,1024})</\k<key>>");

        // <add key="ClearTextPassword" value="..."/>
        private static readonly Regex AddKeyValue = RegexDefaults.Create(@"(?:key|name)\s*=\s*[""'](?<key>[^""']{1,120})[""']\s+(?:value|connectionString)\s*=\s*[""'](?<val>[^""'\r\n]{1,2048})[""']", RegexOptions.IgnoreCase);

        // generated-looking runs: masked even without a key name, they are what leaks most often
        private static readonly Regex LongRun = RegexDefaults.Create(@"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{32,}(?![A-Za-z0-9+/_=-])");

        private static readonly Regex Pem = RegexDefaults.Create(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)");

        private sealed class Range
        {
            public Range(int index, int length, string replacement)
            {
                Index = index;
                Length = length;
                Replacement = replacement;
            }

            public int Index { get; }
            public int Length { get; }
            public string Replacement { get; }
        }

        public static string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? string.Empty;
            }

            var t = text!;
            var ranges = new List<Range>();

            if (t.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0)
            {
                AddMatches(ranges, Pem, t, m => new Range(m.Index, m.Length, SecretMask.Mask("-----BEGIN PRIVATE KEY-----", m.Length)));
            }

            foreach (var hit in KnownTokens.Find(t))
            {
                Add(ranges, new Range(hit.Index, hit.Length, hit.Masked));
            }

            foreach (var hit in KnownTokens.FindPaired(t))
            {
                Add(ranges, new Range(hit.Index, hit.Length, SecretMask.Mask(string.Empty, hit.Length)));
            }

            foreach (var s in ConnectionStrings.FindUriCredentials(t))
            {
                Add(ranges, new Range(s.Index, s.Length, SecretMask.Mask(string.Empty, s.Length)));
            }

            // connection strings: judged per quoted string, so that a password value never runs into the next field
            var quoted = RegexDefaults.SafeMatches(QuotedString, t);
            if (quoted != null)
            {
                foreach (Match q in quoted)
                {
                    var g = q.Groups["v"];
                    foreach (var s in ConnectionStrings.FindPasswords(g.Value))
                    {
                        Add(ranges, new Range(g.Index + s.Index, s.Length, SecretMask.Mask(string.Empty, s.Length)));
                    }
                }
            }

            AddKeyed(ranges, AddKeyValue, t);
            AddKeyed(ranges, XmlElement, t);
            AddKeyed(ranges, BareKeyValue, t);
            AddKeyed(ranges, KeyValue, t);

            // a quoted value shaped like a password (mixed character classes, a digit, no spaces), even without a key name
            AddMatches(ranges, QuotedWord, t, m =>
            {
                var g = m.Groups["v"];
                return LooksLikePassword(g.Value) && !IsIdentifier(g.Value) && !IsKeyPath(g.Value) ? new Range(g.Index, g.Length, SecretMask.Mask(string.Empty, g.Length)) : null;
            });

            AddMatches(ranges, LongRun, t, m => ShannonEntropy.LooksRandom(m.Value, 32) && KnownTokens.HasLetterAndDigit(m.Value) && !IsIdentifier(m.Value)
                ? new Range(m.Index, m.Length, SecretMask.Mask(string.Empty, m.Length))
                : null);

            if (ranges.Count == 0)
            {
                return t;
            }

            // A secret equal to another visible value ("Uid=root;Pwd=root") would show through that value: mask every
            // whole-token occurrence of each masked value.
            foreach (var r in ranges.ToArray())
            {
                if (r.Length >= 2 && r.Length <= 256 && r.Index + r.Length <= t.Length)
                {
                    foreach (var at in TokenOccurrences(t, t.Substring(r.Index, r.Length)))
                    {
                        Add(ranges, new Range(at, r.Length, SecretMask.Mask(string.Empty, r.Length)));
                    }
                }
            }

            ranges.Sort((a, b) => a.Index.CompareTo(b.Index));
            var sb = new StringBuilder(t.Length);
            var pos = 0;
            foreach (var r in ranges)
            {
                sb.Append(t, pos, r.Index - pos);
                sb.Append(r.Replacement);
                pos = r.Index + r.Length;
            }

            sb.Append(t, pos, t.Length - pos);
            return sb.ToString();
        }

        /// <summary>Start offsets of <paramref name="value"/> in <paramref name="text"/> where it is a whole token (not inside a longer word).</summary>
        internal static IEnumerable<int> TokenOccurrences(string text, string value)
        {
            if (value.Length == 0)
            {
                yield break;
            }

            var from = 0;
            while (from <= text.Length - value.Length)
            {
                var at = text.IndexOf(value, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    yield break;
                }

                var end = at + value.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    yield return at;
                }

                from = at + 1;
            }
        }

        /// <summary>Masks every whole-token occurrence of a secret's value left in an already redacted text.</summary>
        public static string MaskOccurrences(string text, string value)
        {
            if (value.Length < 2 || text.IndexOf(value, StringComparison.Ordinal) < 0)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length);
            var pos = 0;
            foreach (var at in TokenOccurrences(text, value))
            {
                if (at < pos)
                {
                    continue;
                }

                sb.Append(text, pos, at - pos).Append(SecretMask.Mask(string.Empty, value.Length));
                pos = at + value.Length;
            }

            sb.Append(text, pos, text.Length - pos);
            return sb.ToString();
        }

        private static void AddKeyed(List<Range> ranges, Regex regex, string text)
        {
            AddMatches(ranges, regex, text, m =>
            {
                var key = m.Groups["key"].Value;
                var val = m.Groups["val"];
                if (!SecretNames.IsSecretName(key) || val.Length == 0 || IsHarmless(val.Value) || IsProseOrCode(text, m.Groups["key"], val))
                {
                    return null;
                }

                return new Range(val.Index, val.Length, SecretMask.Mask(string.Empty, val.Length));
            });
        }

        /// <summary>
        /// An unquoted "value" that is not one: the word after a quoted name inside a sentence ("secret-named 'apiKey':
        /// load it…", a message of ours) or a call ("user.Password = HashHelper.Md5(…)" — the reader must see the call).
        /// Structural key paths (line start, after { , [ or -) and quoted values are still masked.
        /// </summary>
        private static bool IsProseOrCode(string text, Group key, Group val)
        {
            var valueQuoted = val.Index > 0 && (text[val.Index - 1] == '"' || text[val.Index - 1] == '\'' || text[val.Index - 1] == '`');
            if (valueQuoted)
            {
                return false;
            }

            var end = val.Index + val.Length;
            if (end < text.Length && text[end] == '(' && IsDottedName(val.Value))
            {
                return true;
            }

            // the key may end a quoted key path: '0:Password' (a top-level JSON array), 'target@smtpPassword'
            var q = key.Index - 1;
            while (q >= 0 && (char.IsLetterOrDigit(text[q]) || text[q] == ':' || text[q] == '@' || text[q] == '_' || text[q] == '.' || text[q] == '-' || text[q] == '#'))
            {
                q--;
            }

            if (q < 0 || (text[q] != '\'' && text[q] != '"'))
            {
                return false;
            }

            var i = q - 1;
            while (i >= 0 && (text[i] == ' ' || text[i] == '\t'))
            {
                i--;
            }

            // a word that closes the quoted path itself is its last segment, not a value: 'JwtTokenConfig:JwtKey' (DanpheEMR)
            var closesPath = end < text.Length && text[end] == text[q];
            return i >= 0 && text[i] != '\n' && text[i] != '{' && text[i] != ',' && text[i] != '[' && text[i] != '-' && text[i] != ':' && text[i] != '\r'
                   && end < text.Length + 1 && (IsPlainWord(val.Value) || (closesPath && IsLettersOnly(val.Value)));
        }

        private static bool IsLettersOnly(string v)
        {
            foreach (var c in v)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return v.Length > 0 && v.Length <= 64;
        }

        private static bool IsDottedName(string v)
        {
            if (v.Length == 0 || !(char.IsLetter(v[0]) || v[0] == '_'))
            {
                return false;
            }

            foreach (var c in v)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPlainWord(string v)
        {
            foreach (var c in v)
            {
                if (!((c >= 'a' && c <= 'z') || c > 0x2E7F))
                {
                    return false;
                }
            }

            return v.Length > 0;
        }

        private static readonly Regex QuotedWord = RegexDefaults.Create(@"[""'](?<v>[^\s""']{8,128})[""']");

        internal static bool LooksLikePassword(string v)
        {
            bool lower = false, upper = false, digit = false, symbol = false;
            foreach (var c in v)
            {
                if (char.IsLower(c)) lower = true;
                else if (char.IsUpper(c)) upper = true;
                else if (char.IsDigit(c)) digit = true;
                else symbol = true;
            }

            var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
            return digit && classes >= 3 && ShannonEntropy.Ratio(v) >= 0.75 && !Placeholders.IsPlaceholder(v);
        }

        // Resource and path names such as "kube-system/external-auth-oauth2" or "oauth2-proxy": two or more lower-case words
        // (each letters, then at most trailing digits) joined by - / _ . . Generated tokens mix case, put digits inside
        // segments (hex, UUIDs, base64) or start segments with digits, so they never take this shape.
        private static readonly Regex Identifier = RegexDefaults.Create(@"^[a-z]+[0-9]*(?:[-/_.][a-z]+[0-9]*)+$");

        internal static bool IsIdentifier(string v)
        {
            try
            {
                return Identifier.IsMatch(v);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        // A configuration key path as the secret scan writes its anchors: "clients:0:secret", "data:password#2". Segments
        // are indexes or names (digits only at a name's end); two segments only when the last is a bare key word, so a
        // quoted "user:S3cretpass" pair is still masked.
        private static readonly Regex KeyPathSegment = RegexDefaults.Create(@"^(?:[0-9]+|[A-Za-z_][A-Za-z_.\-]*[0-9]*)$");

        internal static bool IsKeyPath(string v)
        {
            var hash = v.LastIndexOf('#');
            var path = hash > 0 && hash < v.Length - 1 && IsDigits(v.Substring(hash + 1)) ? v.Substring(0, hash) : v;
            var segments = path.Split(':');
            if (segments.Length < 2 || (segments.Length == 2 && !Placeholders.IsKeyWord(segments[1])))
            {
                return false;
            }

            try
            {
                foreach (var segment in segments)
                {
                    if (!KeyPathSegment.IsMatch(segment))
                    {
                        return false;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            return true;
        }

        private static bool IsDigits(string v)
        {
            foreach (var c in v)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return v.Length > 0;
        }

        // values that cannot leak anything: masking them would only hide what the reader needs to see
        private static bool IsHarmless(string v)
        {
            var t = v.Trim();
            if (t.Length == 0 || t == "true" || t == "false" || t == "null" || t == "\"\"")
            {
                return true;
            }

            // a bare key word ("token:secret", "Jwt:Key" in a configuration key path) is a name, not a value
            if (Placeholders.IsKeyWord(t))
            {
                return true;
            }

            return t.StartsWith("…", StringComparison.Ordinal) || t.StartsWith("${", StringComparison.Ordinal) || t.StartsWith("{{", StringComparison.Ordinal) || t.StartsWith("$(", StringComparison.Ordinal) ||
                   (t.Length > 1 && t[0] == '%' && t[t.Length - 1] == '%') || (t.Length > 1 && t[0] == '<' && t[t.Length - 1] == '>');
        }

        private static void AddMatches(List<Range> ranges, Regex regex, string text, Func<Match, Range?> make)
        {
            var matches = RegexDefaults.SafeMatches(regex, text);
            if (matches == null)
            {
                // a pathological line: hide it entirely rather than risk showing a secret
                ranges.Clear();
                ranges.Add(new Range(0, text.Length, "[redacted]"));
                return;
            }

            foreach (Match m in matches)
            {
                var r = make(m);
                if (r != null)
                {
                    Add(ranges, r);
                }
            }
        }

        private static void Add(List<Range> ranges, Range r)
        {
            foreach (var x in ranges)
            {
                if (x.Index < r.Index + r.Length && r.Index < x.Index + x.Length)
                {
                    return;
                }
            }

            ranges.Add(r);
        }
    }
}

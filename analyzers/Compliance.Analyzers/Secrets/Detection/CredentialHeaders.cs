using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// A custom request header named for a credential and set to a random literal: nginx's
    /// <c>proxy_set_header X-Api-Key "ocr-5d2e…";</c>, Caddy's <c>header_up X-Seq-ApiKey "OjBP…"</c>, an Envoy route's
    /// <c>key: Authorization / value: "Bearer rv_…"</c>, a script's <c>@{ "X-Station-Token" = "scn-7f3a…" }</c> or
    /// <c>-H "X-Notary-Key: nc_…"</c>. The header's name is the evidence that the value is sent as a credential; the
    /// value must still look machine-generated (long, letters and digits, random), so a header set to a word, a variable
    /// or an id-like key (<c>Idempotency-Key</c>, <c>X-App-Key</c>) stays silent.
    /// </summary>
    public static class CredentialHeaders
    {
        private static readonly HashSet<string> CredentialWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "key", "apikey", "token", "secret", "auth", "password", "passwd", "pwd", "signature", "authorization",
        };

        // a word that makes the header about the credential, not the credential itself (X-Auth-User, X-Token-Type)
        private static readonly HashSet<string> NotCredentialWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "user", "username", "name", "id", "type", "method", "url", "uri", "redirect", "scheme", "version", "expires",
            "expiry", "time", "timestamp", "nonce", "algorithm", "alg", "length", "mode", "status", "required", "realm",
            "request", "author", "websocket", "sec", "hash",
        };

        // "…Key" after these words is an identifier, not a secret (as IsHexKeySetting reads settings)
        private static readonly HashSet<string> IdKeyWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "app", "public", "site", "product", "device", "cache", "primary", "row", "tenant", "id", "idempotency", "partition",
            "routing", "sort", "client", "object", "access", "license", "event", "dedup", "dedupe", "correlation", "trace",
        };

        /// <summary>True for a header name such as X-Notary-Key, X-Channel-Auth, X-Station-Token, Authorization.</summary>
        public static bool IsCredentialHeaderName(string? name)
        {
            if (string.IsNullOrEmpty(name) || name!.Length > 48)
            {
                return false;
            }

            var words = SecretNames.SplitWords(name);
            var credential = false;
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (NotCredentialWords.Contains(w))
                {
                    return false;
                }

                if (CredentialWords.Contains(w))
                {
                    if ((w == "key" || w == "apikey") && i > 0 && IdKeyWords.Contains(words[i - 1]))
                    {
                        return false;
                    }

                    credential = true;
                }
            }

            return credential;
        }

        /// <summary>
        /// A header value that is a written credential: after an auth scheme (Bearer, Token, Basic …), at least 16
        /// characters with letters and digits that look random, not a placeholder or a variable.
        /// </summary>
        public static bool IsRandomCredentialValue(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return false;
            }

            var v = StripScheme(value!.Trim());
            if (v.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return AuthorizationHeaders.IsBasicCredential(v.Substring(6).Trim());
            }

            // tokens are printable ASCII: "パスワードは6文字…" is a sentence, however varied its characters
            foreach (var c in v)
            {
                if (c <= ' ' || c > '~')
                {
                    return false;
                }
            }

            return v.Length >= 16 && v.Length <= 512 && v.IndexOf(' ') < 0 && v.IndexOf('$') < 0 && v.IndexOf('{') < 0 && v.IndexOf('%') < 0
                   && !Placeholders.IsPlaceholder(v) && KnownTokens.HasLetterAndDigit(v) && (ShannonEntropy.LooksRandom(v, 16) || RandomAfterPrefix(v));
        }

        // "scn-7f3a91c2…", "nc_prod_4Tq9…": a vendor's word prefix before the random part, judged on its own
        private static readonly Regex WordPrefix = RegexDefaults.Create(@"^(?:[A-Za-z]{2,8}[-_]){1,3}(?<rest>[A-Za-z0-9]{12,})$");

        private static bool RandomAfterPrefix(string v)
        {
            var m = RegexDefaults.SafeMatch(WordPrefix, v);
            return m.Success && KnownTokens.HasLetterAndDigit(m.Groups["rest"].Value) && ShannonEntropy.LooksRandom(m.Groups["rest"].Value, 12);
        }

        private static string StripScheme(string v)
        {
            foreach (var scheme in new[] { "Bearer ", "Token ", "ApiKey ", "SharedKey ", "Key " })
            {
                if (v.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                {
                    return v.Substring(scheme.Length).Trim();
                }
            }

            return v;
        }

        // A header name written in a file: a token of letters, digits, '-' and '_' starting with a letter.
        private const string Name = @"(?<name>[A-Za-z][A-Za-z0-9_-]{1,47})";
        private const string Value = @"(?<value>(?:(?:Bearer|Token|ApiKey|Basic)[ \t]+)?[^\s""';,{}()\[\]]{16,512})";

        private static readonly Regex[] Shapes =
        {
            // proxy directives: nginx proxy_set_header / grpc_set_header / more_set_input_headers, Caddy header_up,
            // Apache RequestHeader set, Traefik customRequestHeaders-style "Name: value" is the next shape
            RegexDefaults.CreateInterpreted(@"\b(?:proxy_set_header|grpc_set_header|header_up|RequestHeader[ \t]+(?:set|add|append))[ \t]+[""']?" + Name + @"[""']?[ \t]+[""']?" + Value),
            // one quoted string "Name: value": curl -H "X-Api-Key: …", more_set_input_headers "X-Key: …", a Refit-like attribute
            RegexDefaults.Create(@"[""']" + Name + @":[ \t]*" + Value + @"[""']"),
            // a pair of quoted strings "Name" = "value", "Name": "value", ("Name", "value"): a PowerShell hashtable, HOCON, JS
            RegexDefaults.Create(@"[""']" + Name + @"[""'][ \t]*(?:=|:|,|=>)[ \t]*[""']" + Value + @"[""']"),
            // an Envoy/Kubernetes header entry: key: Name, then value: … (flow or block style)
            RegexDefaults.CreateInterpreted(@"\b(?:key|name):[ \t]*[""']?" + Name + @"[""']?[ \t]*(?:,[ \t]*|\r?\n[ \t]*)value:[ \t]*[""']?" + Value),
        };

        // The words shapes 0 and 3 cannot match without (every group, any word of it, ordinal as the patterns): a block
        // without them is not matched against the shape. Those two are interpreted (RegexDefaults.CreateInterpreted): they
        // then run on few blocks, and compiling them cost more JIT time than their matching (results/2026-12-15-cost11.md).
        private static readonly string[][][] Words =
        {
            new[] { new[] { "proxy_set_header", "grpc_set_header", "header_up", "RequestHeader" } },
            Array.Empty<string[]>(),
            Array.Empty<string[]>(),
            new[] { new[] { "key:", "name:" }, new[] { "value:" } },
        };

        private static readonly Regex SchemePrefix = RegexDefaults.Create(@"^(?:Bearer|Token|ApiKey|Basic)[ \t]+", RegexOptions.IgnoreCase);

        /// <summary>Each credential value: where it starts in <paramref name="text"/>, its length, and the header's name.</summary>
        /// <param name="structured">A JSON/XML/YAML/key-value file: its "name": "value" pairs are settings, judged by the
        /// structured pass (a translation's "password-validation" key is not a header), so only proxy directives and
        /// key/value header entries are read there.</param>
        public static IEnumerable<(int Index, int Length, string Header)> FindAll(string text, bool structured = false)
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < Shapes.Length; i++)
            {
                var shape = Shapes[i];
                if (structured && (i == 1 || i == 2) || !RegexDefaults.ContainsAll(text, Words[i], StringComparison.Ordinal))
                {
                    continue;
                }

                var matches = RegexDefaults.SafeMatches(shape, text);
                if (matches == null)
                {
                    continue;
                }

                foreach (Match m in matches)
                {
                    var name = m.Groups["name"].Value;
                    var value = m.Groups["value"];
                    if (!IsCredentialHeaderName(name) || !IsRandomCredentialValue(value.Value) || !seen.Add(value.Index)
                        || (name.IndexOf('-') < 0 && !name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && shape != Shapes[0]))
                    {
                        // outside a proxy directive a header is written with a '-' (X-Api-Key): "password": "…" pairs
                        // are settings, judged by the structured passes with their own rules
                        continue;
                    }

                    // the span is the credential after its scheme ("Bearer rv_…" reports rv_…), as AuthorizationHeaders does
                    var scheme = RegexDefaults.SafeMatch(SchemePrefix, value.Value);
                    var skip = scheme.Success ? scheme.Length : 0;
                    yield return (value.Index + skip, value.Length - skip, name);
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// nginx comparing a request header with a literal, <c>if ($http_x_reader_key != "e1b7…")</c>: the literal is the shared
    /// key every client sends. Only headers named for a credential (key, token, secret, auth, sign) and long random or hex
    /// values; a header compared with a word (<c>$http_upgrade = "websocket"</c>) stays silent.
    /// </summary>
    internal static class HeaderComparisons
    {
        private static readonly Regex Comparison = RegexDefaults.Create(
            @"\$http_(?<name>[A-Za-z0-9_]+)[ \t]*!?=[ \t]*[""'](?<value>[^""'\s]{16,})[""']");

        private static readonly string[] CredentialWords = { "key", "token", "secret", "auth", "sign", "password", "pwd" };

        public static IEnumerable<(int Index, int Length, string Header)> FindAll(string text)
        {
            if (text.IndexOf("$http_", StringComparison.Ordinal) < 0)
            {
                yield break;
            }

            var matches = RegexDefaults.SafeMatches(Comparison, text);
            if (matches == null)
            {
                yield break;
            }

            foreach (Match m in matches)
            {
                var name = m.Groups["name"].Value.ToLowerInvariant();
                var value = m.Groups["value"].Value;
                if (!Array.Exists(CredentialWords, w => name.IndexOf(w, StringComparison.Ordinal) >= 0) || Placeholders.IsPlaceholder(value)
                    || !KnownTokens.HasLetterAndDigit(value) || !ShannonEntropy.LooksRandom(value, 16))
                {
                    continue;
                }

                yield return (m.Groups["value"].Index, value.Length, name.Replace('_', '-'));
            }
        }
    }
}

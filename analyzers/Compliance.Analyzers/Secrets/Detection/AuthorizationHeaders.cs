using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// A credential written into an <c>Authorization</c> header in a non-C# file: nginx's
    /// <c>proxy_set_header Authorization "Basic d2Vh…";</c>, a script's <c>-H "Authorization: Bearer 9f…"</c>. Basic values
    /// count only when they decode to <c>user:password</c> with a plausible password; Bearer values only when long and random.
    /// Variables (<c>$token</c>, <c>${TOKEN}</c>) never match; JWTs are <see cref="KnownTokens"/>' job.
    /// </summary>
    internal static class AuthorizationHeaders
    {
        private static readonly Regex Header = RegexDefaults.Create(
            @"\bAuthorization[""']?[ \t]*[:=]?[ \t]*[""']?[ \t]*(?<scheme>Basic|Bearer)[ \t]+(?<value>[A-Za-z0-9+/=._~\-]{16,})(?=$|[""';,\s\\])",
            RegexOptions.IgnoreCase);

        /// <summary>Each credential: where the value starts in <paramref name="text"/>, its length, and "basic" or "bearer".</summary>
        public static IEnumerable<(int Index, int Length, string Scheme)> FindAll(string text)
        {
            if (text.IndexOf("uthorization", StringComparison.OrdinalIgnoreCase) < 0)
            {
                yield break;
            }

            var matches = RegexDefaults.SafeMatches(Header, text);
            if (matches == null)
            {
                yield break;
            }

            foreach (Match m in matches)
            {
                var value = m.Groups["value"].Value;
                var basic = m.Groups["scheme"].Value.Equals("basic", StringComparison.OrdinalIgnoreCase);
                if (basic ? IsBasicCredential(value) : IsRandomToken(value))
                {
                    yield return (m.Groups["value"].Index, value.Length, basic ? "basic" : "bearer");
                }
            }
        }

        internal static bool IsBasicCredential(string value)
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            }
            catch (FormatException)
            {
                return false;
            }

            var colon = decoded.IndexOf(':');
            if (colon <= 0 || colon == decoded.Length - 1)
            {
                return false;
            }

            foreach (var c in decoded)
            {
                if (c < ' ' || c == '\u007f' || c == '\ufffd')
                {
                    return false;
                }
            }

            var password = decoded.Substring(colon + 1);
            return SecretNames.IsPlausibleSecretValue(password, "password") && !Placeholders.IsPlaceholder(decoded.Substring(0, colon));
        }

        private static bool IsRandomToken(string value) =>
            value.Length >= 20 && !Placeholders.IsPlaceholder(value) && KnownTokens.HasLetterAndDigit(value) && ShannonEntropy.LooksRandom(value, 20);
    }
}

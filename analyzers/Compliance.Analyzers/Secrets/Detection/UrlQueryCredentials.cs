using System;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>A credential carried in a URL's query string: its parameter name and the value's length (never the value).</summary>
    internal sealed class UrlQueryCredential
    {
        public UrlQueryCredential(string name, int index, int length)
        {
            Name = name;
            Index = index;
            Length = length;
        }

        public string Name { get; }

        /// <summary>Where the value starts in the text searched.</summary>
        public int Index { get; }
        public int Length { get; }
    }

    /// <summary>
    /// API keys written into URL constants (<c>https://restapi.amap.com/v3/ip?key=3f…</c>,
    /// <c>…/cgi-bin/message/send?access_token=…</c>): a credential-named query parameter whose value is long and random.
    /// Provider-shaped tokens in URLs are <see cref="KnownTokens"/>' job; a parameter that is only a name, a format hole
    /// (<c>key={0}</c>), a placeholder or a word stays silent.
    /// </summary>
    internal static class UrlQueryCredentials
    {
        private static readonly Regex Parameter = RegexDefaults.Create(
            @"[?&](?<name>key|apikey|api_key|appkey|app_key|ak|sk|secret|secretkey|secret_key|appsecret|app_secret|client_secret|access_token|accesstoken|token|private_token|auth_token|signkey|sign_key)=(?<value>[A-Za-z0-9_\-.~+/%]{16,})(?=$|[&#""'\s])",
            RegexOptions.IgnoreCase);

        public static UrlQueryCredential? Find(string text)
        {
            foreach (var found in FindAll(text))
            {
                return found;
            }

            return null;
        }

        /// <summary>Every credential-named query parameter with a random value in <paramref name="text"/>, in order.</summary>
        public static System.Collections.Generic.IEnumerable<UrlQueryCredential> FindAll(string text)
        {
            if (text.Length < 24 || text.IndexOf("://", StringComparison.Ordinal) < 0 || text.IndexOf('=') < 0)
            {
                yield break;
            }

            // a timeout on the first match of the process is the compiled regex being jitted under load: try once more
            var matches = RegexDefaults.SafeMatches(Parameter, text) ?? RegexDefaults.SafeMatches(Parameter, text);
            if (matches == null)
            {
                yield break;
            }

            foreach (Match m in matches)
            {
                var value = m.Groups["value"].Value;
                if (Placeholders.IsPlaceholder(value) || IsEncodedPath(value) || !KnownTokens.HasLetterAndDigit(value) || !(ShannonEntropy.LooksRandom(value, 16) || IsLongHex(value)))
                {
                    continue;
                }

                yield return new UrlQueryCredential(m.Groups["name"].Value, m.Groups["value"].Index, value.Length);
            }
        }

        // "key=%2flibrary%2Fmetadata%2F53334": a percent-encoded path (Plex's item key in Ombi's templates, held-out
        // false alarm after the eighth-session merge), not a credential: it decodes to "/a/b…".
        private static bool IsEncodedPath(string value)
        {
            if (!value.StartsWith("%2f", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return Uri.UnescapeDataString(value).Split('/').Length >= 3;
        }

        private static bool IsLongHex(string value)
        {
            if (value.Length < 32)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

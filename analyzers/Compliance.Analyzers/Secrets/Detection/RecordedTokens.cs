using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Tokens recorded by a tool rather than configured: an API-collection export (Apifox, Postman, Insomnia, Bruno, HAR,
    /// <c>.http</c>/<c>.rest</c> files) keeps the bearer tokens of the requests it replayed, and a JWT whose <c>exp</c>
    /// claim lies in the past no longer authenticates anyone. Both are reported at low precision with that context in the
    /// message: the signing key behind them is the secret, not the recorded token.
    /// </summary>
    internal static class RecordedTokens
    {
        public const string JwtKind = "JSON Web Token";

        private static readonly string[] CollectionSuffixes =
        {
            ".postman_collection.json", ".postman_environment.json", ".postman_globals.json", ".http", ".rest", ".har", ".bru",
        };

        // markers near the start of an export's JSON
        private static readonly string[] CollectionMarkers =
        {
            "\"apifoxProject\"", "\"_postman_id\"", "schema.getpostman.com", "\"__export_format\"", "\"_postman_exported_using\"",
        };

        /// <summary>An API-collection export or HTTP request file, by name or by the export's own header.</summary>
        public static bool IsApiCollection(string path, string text)
        {
            var name = Path.GetFileName((path ?? string.Empty).Replace('\\', '/')).ToLowerInvariant();
            foreach (var s in CollectionSuffixes)
            {
                if (name.EndsWith(s, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            if ((name.IndexOf("apifox", StringComparison.Ordinal) >= 0 || name.IndexOf("postman", StringComparison.Ordinal) >= 0
                 || name.IndexOf("insomnia", StringComparison.Ordinal) >= 0) && (name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                return true;
            }

            if (!name.EndsWith(".json", StringComparison.Ordinal) && !name.EndsWith(".har", StringComparison.Ordinal))
            {
                return false;
            }

            var head = text.Length > 4096 ? text.Substring(0, 4096) : text;
            foreach (var m in CollectionMarkers)
            {
                if (head.IndexOf(m, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            // HAR: { "log": { "version": …, "creator": … } }
            return head.IndexOf("\"log\"", StringComparison.Ordinal) >= 0 && head.IndexOf("\"creator\"", StringComparison.Ordinal) >= 0
                   && head.IndexOf("\"entries\"", StringComparison.Ordinal) >= 0;
        }

        private static readonly Regex ExpClaim = RegexDefaults.Create(@"""exp""\s*:\s*(?<v>\d{9,11})(?:\.\d+)?\s*[,}]");

        /// <summary>The <c>exp</c> claim of a JWT (seconds since the epoch), if its payload decodes and carries one.</summary>
        public static DateTimeOffset? Expiry(string jwt)
        {
            var parts = jwt.Split('.');
            if (parts.Length < 2)
            {
                return null;
            }

            try
            {
                var payload = parts[1].Replace('-', '+').Replace('_', '/');
                payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
                var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload));
                var m = ExpClaim.Match(json);
                if (m.Success && long.TryParse(m.Groups["v"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                {
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                }
            }
            catch (FormatException)
            {
            }
            catch (RegexMatchTimeoutException)
            {
            }

            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Compliance.Analyzers.Documents;
using Compliance.Analyzers.Secrets.Detection;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// HTTP basic-auth password entries (<c>user:hash</c>) of an nginx/Apache <c>.htpasswd</c> file, or inlined in a Traefik
    /// <c>basicAuth.users</c> list or a compose label, whose hash is a fast one: <c>{SHA}</c> (one unsalted SHA-1),
    /// <c>$apr1$</c> (APR1-MD5) and, in an htpasswd file, <c>$1$</c> MD5-crypt and 13-character DES crypt. These are CMP2002
    /// (a password stored with a fast hash) the C# analyzers cannot see. bcrypt (<c>$2y$</c>), SHA-crypt (<c>$5$</c>,
    /// <c>$6$</c>) and Argon2 entries are silent. The span is the hash; the evidence names the user and the scheme only.
    /// </summary>
    public static class HtpasswdEntries
    {
        // user:{SHA}base64(20 bytes) and user:$apr1$salt$hash anywhere (a compose label doubles each '$').
        private static readonly Regex Inline = RegexDefaults.Create(
            @"(?<![\w.@-])(?<user>[\w.@-]{1,64}):(?<hash>\{SHA\}[A-Za-z0-9+/]{27}=|\${1,2}apr1\${1,2}[./0-9A-Za-z]{1,8}\${1,2}[./0-9A-Za-z]{22})(?![./0-9A-Za-z=])");

        // In an htpasswd file only, where a line is nothing but user:hash: MD5-crypt and DES crypt too.
        private static readonly Regex Line = RegexDefaults.Create(
            @"^(?<user>[^:\s#][^:\s]{0,63}):(?<hash>\$1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|[./0-9A-Za-z]{13})\s*$",
            RegexOptions.Multiline);

        public static IReadOnlyList<SecretMatch> Scan(string path, string text)
        {
            var found = new List<SecretMatch>();
            if (string.IsNullOrEmpty(text) || IsDocumentation(path ?? string.Empty)) return found;
            var htpasswd = IsHtpasswdFile(path ?? string.Empty);
            if (!htpasswd && text.IndexOf("{SHA}", StringComparison.Ordinal) < 0 && text.IndexOf("apr1$", StringComparison.Ordinal) < 0) return found;

            TextLines? lines = null;
            var seen = new HashSet<int>();
            var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var regex in htpasswd ? new[] { Inline, Line } : new[] { Inline })
            {
                // bounded in time like every text pattern: a timeout reads as no match, never a crash of the scan
                var matches = RegexDefaults.SafeMatches(regex, text);
                if (matches == null) continue;
                foreach (Match m in matches)
                {
                    var hash = m.Groups["hash"];
                    if (!seen.Add(hash.Index)) continue;
                    var user = m.Groups["user"].Value;
                    var scheme = Scheme(hash.Value);
                    lines ??= new TextLines(text);
                    var (sl, sc) = lines.Position(hash.Index);
                    var (el, ec) = lines.Position(hash.Index + hash.Length);
                    // One anchor per user, numbered when a user repeats (two files' worth of entries in one list).
                    var anchor = "htpasswd@" + user;
                    anchors.TryGetValue(anchor, out var n);
                    anchors[anchor] = ++n;
                    if (n > 1) anchor += "#" + n;
                    found.Add(new SecretMatch
                    {
                        RuleId = "CMP2002", StartLine = sl, StartColumn = sc, EndLine = el, EndColumn = ec, Kind = "htpasswd " + scheme,
                        Message = $"Basic-auth password of '{user}' is stored as {scheme}, a fast hash: use bcrypt (htpasswd -B, cost ≥ 10).",
                        MessageZh = $"用户“{user}”的 Basic 认证口令以快速哈希 {scheme} 存储：请改用 bcrypt（htpasswd -B，成本因子 ≥ 10）。",
                        Evidence = user + ":" + scheme + " (" + hash.Length + " characters)",
                        Anchor = anchor,
                        Offset = hash.Index,
                        Length = hash.Length,
                    });
                }
            }

            found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            return found;
        }

        private static string Scheme(string hash) =>
            hash.StartsWith("{SHA}", StringComparison.Ordinal) ? "SHA-1 ({SHA})"
            : hash.IndexOf("apr1", StringComparison.Ordinal) >= 0 ? "APR1-MD5"
            : hash.StartsWith("$1$", StringComparison.Ordinal) ? "MD5-crypt"
            : "DES crypt";

        private static bool IsHtpasswdFile(string path)
        {
            var name = Path.GetFileName(path);
            return name.Equals(".htpasswd", StringComparison.OrdinalIgnoreCase) || name.Equals("htpasswd", StringComparison.OrdinalIgnoreCase)
                   || name.EndsWith(".htpasswd", StringComparison.OrdinalIgnoreCase);
        }

        // A README or a how-to showing an example entry (or an HTML page of one) is not a running credential store.
        private static bool IsDocumentation(string path) =>
            LocalOnlyCredentials.IsDocumentationPage(path) || Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase);
    }
}

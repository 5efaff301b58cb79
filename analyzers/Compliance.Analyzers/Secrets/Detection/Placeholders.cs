using System;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>Values that stand for a secret without being one: templates, references, masks and samples.</summary>
    public static class Placeholders
    {
        // `$Var (PowerShell) and \$VAR (a shell heredoc or a Dockerfile RUN writing a script: actual-chat's migration
        // entrypoint "Password=\$PASSWORD", judged blind) are escaped variable references, expanded when the script runs.
        private static readonly Regex Template = RegexDefaults.Create(
            @"^\s*(?:<[^<>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%[A-Za-z0-9_]+%|\$\([^)]*\)|(?:`|\\)?\$(?:env:)?[A-Za-z_][A-Za-z0-9_]*|#\{[^}]*\}#?|__[A-Za-z0-9_]+__|@[A-Za-z_][A-Za-z0-9_]*|:[A-Za-z_][A-Za-z0-9_]*|\{\d+\}|\[[^\]]*\]|" + RouteParameter + @")\s*$");

        // "{lang}", "{**SeName}", "{id:int}", "{culture?}": an ASP.NET Core route or path-template parameter (Smartstore's
        // LangToken and CatchAllToken, judged blind). Identifier characters only, so a braced GUID ("{3F2504E0-…}") stays a value.
        private const string RouteParameter = @"\{\**[A-Za-z_][A-Za-z0-9_.]*(?::[A-Za-z0-9_(),.]*)*\??\}";

        // A value that opens an interpolation is one even when the reader cut it (Terraform's
        // "Password=${jsondecode(x.secret_string)["password"]}" ends at the inner quote).
        private static readonly Regex OpenInterpolation = RegexDefaults.Create(@"^\s*(?:\$\{|\$\(|#\{|\{\{)");

        // A template marker anywhere makes the whole value a template (e.g. "pre-${ENV}-post").
        private static readonly Regex EmbeddedTemplate = RegexDefaults.Create(@"\$\{[^}]+\}|\{\{[^}]+\}\}|%[A-Za-z_][A-Za-z0-9_]*%|\$\([A-Za-z_][^)]*\)|#\{[^}]+\}");

        // "whsec_xxx", "pk.xxx", "sk_live_XXX": a vendor's key prefix (a few short segments) followed by a filler of x's in
        // place of the key body: an .env template showing which kind of key belongs there (logistics-app's
        // deploy/.env.example, judged blind). Only a tail made of x's counts: "whsec_xxx9" or "pk.xxxQ" is a value.
        private static readonly Regex PrefixedFiller = RegexDefaults.Create(@"^(?:[A-Za-z0-9]{1,12}[_.\-]){1,3}(?:x{3,}|X{3,})$");

        // Placeholder words made of letters: matched as whole segments of the value (split at separators, digits and
        // case changes: "your-example-key", "ExampleOnly", "TEST_FAKE_1"), never inside a run of letters, so a random
        // value that happens to contain "fake" or "todo" ("k9zfakeqW…") is still a secret.
        private static readonly string[] SegmentWords =
        {
            "changeme", "changeit", "replaceme", "yourpassword", "yoursecret", "yourkey", "yourtoken",
            "example", "sample", "dummy", "placeholder", "fixme", "todo", "redacted", "notasecret", "fake", "insert",
        };

        // Placeholder marks with separators, masks and non-Latin words: matched anywhere in the value.
        private static readonly string[] Words =
        {
            "change_me", "change-me", "change.me", "replace_me", "replace-me",
            "your_", "your-", "your password", "your key",
            "not-a-secret", "test-ak", "test-sk", "xxxx", "***", "...", "…", "请填入", "请填写", "请输入", "请替换", "填入", "替换为",
            // "SET_A_PASSWORD_HERE_123", "password-here", "<put key here>": instructions to whoever fills the value in
            "_here", "-here", " here", "set_a_", "set-a-", "set_your", "set-your",
        };

        // The words that name a credential; the lists below extend this one (one list, not copies that drift apart).
        private static readonly string[] CredentialWords = { "password", "passwd", "pwd", "pass", "secret", "token", "key", "apikey" };

        // A segment word glued to a key word in one run of letters still reads as a placeholder ("examplekey", "mydummy").
        private static readonly string[] GluedSuffixes = With(CredentialWords, "value", "id");
        private static readonly string[] GluedPrefixes = { "my", "your", "a", "an", "the", "some", "not", "this" };

        private static readonly string[] WholeValues =
        {
            "password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "key", "null", "none", "nil", "undefined",
            "empty", "string", "value", "pass", "pw", "user:pass", "username:password", "user:password", "true", "false", "test", "tbd", "n/a", "na", "xxx", "abc", "123", "mima", "密码", "密钥", "replace", "fill", "fillme", "set",
            // the value says the secret was withheld (squidex answers ClientSecret = "obfuscated" to its chat tool)
            "obfuscated", "hidden", "masked", "omitted", "withheld", "removed", "secret-hidden", "not shown",
        };

        private static readonly string[] KeyWords = With(CredentialWords, "api_key", "pw", "密码", "密钥");

        private static string[] With(string[] words, params string[] more)
        {
            var all = new string[words.Length + more.Length];
            words.CopyTo(all, 0);
            more.CopyTo(all, words.Length);
            return all;
        }

        /// <summary>A value that is only a key word such as "secret" or "Key" (case-insensitive): a name, never a credential.</summary>
        public static bool IsKeyWord(string? value)
        {
            if (value == null)
            {
                return false;
            }

            var lower = value.Trim().ToLowerInvariant();
            foreach (var w in KeyWords)
            {
                if (lower == w)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsPlaceholder(string? value)
        {
            if (value == null)
            {
                return true;
            }

            var v = value.Trim().Trim('"', '\'');
            if (v.Length == 0)
            {
                return true;
            }

            var lower = v.ToLowerInvariant();
            foreach (var w in WholeValues)
            {
                if (lower == w)
                {
                    return true;
                }
            }

            foreach (var w in Words)
            {
                if (lower.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            if (HasPlaceholderSegment(v) || IsSingleRepeatedChar(v) || IsKeyWordCompound(lower) || IsRoleNamedValue(lower) || IsWellKnownPublicCredential(v)
                || IsEncodedPlaceholder(v))
            {
                return true;
            }

            try
            {
                return Template.IsMatch(v) || EmbeddedTemplate.IsMatch(v) || OpenInterpolation.IsMatch(v) || PrefixedFiller.IsMatch(v);
            }
            catch (RegexMatchTimeoutException)
            {
                return true;
            }
        }

        /// <summary>
        /// Public development credentials that every developer has (not secrets): the Azure storage emulator's
        /// account key (Azurite), recognised by its published prefix and shape so that the key itself is not
        /// written here, and values marked as fakes (<c>TEST_FAKE_…</c>).
        /// </summary>
        public static bool IsWellKnownPublicCredential(string v)
        {
            // The value itself or "AccountKey=<it>": 88 base64 characters starting with the published prefix.
            var at = v.IndexOf("Eby8vdM02xNOcqF", StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || v[at - 1] == '=') && v.Length - at >= 88 && v[at + 86] == '=' && v[at + 87] == '='
                && (v.Length == at + 88 || !IsBase64Char(v[at + 88])))
            {
                return true;
            }

            return v.StartsWith("TEST_FAKE_", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Base64 of a placeholder ("Q0hBTkdFX01FX1RP…" is "CHANGE_ME_TO_A_SECURE_RANDOM_KEY"): templates encode the
        /// instruction so that the value has a key's length and alphabet. Only a value that decodes to printable text is
        /// read back; random key bytes almost never do (32 random bytes are all printable once in 10^13).
        /// </summary>
        private static bool IsEncodedPlaceholder(string v)
        {
            if (v.Length < 16 || v.Length > 512 || v.Length % 4 != 0)
            {
                return false;
            }

            foreach (var c in v)
            {
                if (!IsBase64Char(c))
                {
                    return false;
                }
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(v);
            }
            catch (FormatException)
            {
                return false;
            }

            var text = new char[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] < 0x20 || bytes[i] > 0x7E)
                {
                    return false;
                }

                text[i] = (char)bytes[i];
            }

            return IsPlaceholder(new string(text));
        }

        private static bool IsBase64Char(char c) => char.IsLetterOrDigit(c) || c == '+' || c == '/' || c == '=';

        /// <summary>A key named as a fake (<c>TEST_FAKE_API_KEY</c>): its value is a test double, not a secret.</summary>
        public static bool IsFakeName(string? name) =>
            name != null && name.TrimStart('_').StartsWith("TEST_FAKE", StringComparison.OrdinalIgnoreCase);

        // "secret_key", "key_id", "client-secret": a value made only of key words names a credential instead of being one
        // (CloudNativePG's sample Secret stores base64 of "key_id" / "secret_key").
        private static readonly string[] CompoundParts = With(CredentialWords, "api", "access", "id", "client", "private", "auth");

        private static bool IsKeyWordCompound(string lower)
        {
            var parts = lower.Split('_', '-', '.', ' ');
            if (parts.Length < 2)
            {
                return false;
            }

            foreach (var part in parts)
            {
                if (Array.IndexOf(CompoundParts, part) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        // "mypassword", "eclairpassword", "bitcoinrpcpassword": letters only, a word naming whose credential it is and then
        // the credential's own word — the value says what belongs there (sample text, help messages), as "your_password" does.
        private static readonly string[] RoleEndings = { "password", "passwd", "secret" };

        private static bool IsRoleNamedValue(string lower)
        {
            foreach (var c in lower)
            {
                if (c < 'a' || c > 'z')
                {
                    return false;
                }
            }

            foreach (var ending in RoleEndings)
            {
                if (lower.Length >= ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A placeholder word made of whole segments of the value (see <see cref="SegmentWords"/>).</summary>
        private static bool HasPlaceholderSegment(string v)
        {
            // A word said twice is deliberate even inside a run of letters ("AKIAEXAMPLEEXAMPLE77", "FAKEFAKEFAKE").
            var lower = v.ToLowerInvariant();
            foreach (var w in SegmentWords)
            {
                var first = lower.IndexOf(w, StringComparison.Ordinal);
                if (first >= 0 && lower.IndexOf(w, first + w.Length, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            var segments = Segments(v);
            for (var i = 0; i < segments.Count; i++)
            {
                // consecutive segments joined: "change" + "Me", "not" + "A" + "Secret"
                var joined = string.Empty;
                for (var j = i; j < segments.Count && segments[j].Start == (j == i ? segments[i].Start : segments[j - 1].End); j++)
                {
                    joined += segments[j].Text;
                    if (IsSegmentWord(joined))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsSegmentWord(string lower)
        {
            foreach (var w in SegmentWords)
            {
                if (lower == w)
                {
                    return true;
                }

                if (lower.Length > w.Length && lower.StartsWith(w, StringComparison.Ordinal) && Array.IndexOf(GluedSuffixes, lower.Substring(w.Length)) >= 0)
                {
                    return true;
                }

                if (lower.Length > w.Length && lower.EndsWith(w, StringComparison.Ordinal) && Array.IndexOf(GluedPrefixes, lower.Substring(0, lower.Length - w.Length)) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Runs of ASCII letters, split where the case changes as in identifiers ("yourApiKey" → your|Api|Key, "APIKey" →
        /// API|Key), lower-cased, with their offsets; digits, separators and other characters end a run.
        /// </summary>
        private static System.Collections.Generic.List<(int Start, int End, string Text)> Segments(string v)
        {
            var segments = new System.Collections.Generic.List<(int, int, string)>();
            var start = -1;
            for (var i = 0; i <= v.Length; i++)
            {
                var c = i < v.Length ? v[i] : '\0';
                var letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (start >= 0)
                {
                    var prev = v[i - 1];
                    var lowerToUpper = letter && char.IsUpper(c) && char.IsLower(prev);
                    var acronymEnd = letter && char.IsUpper(c) && char.IsUpper(prev) && i + 1 < v.Length && char.IsLower(v[i + 1]);
                    if (!letter || lowerToUpper || acronymEnd)
                    {
                        segments.Add((start, i, v.Substring(start, i - start).ToLowerInvariant()));
                        start = -1;
                    }
                }

                if (letter && start < 0)
                {
                    start = i;
                }
            }

            return segments;
        }

        private static bool IsSingleRepeatedChar(string v)
        {
            for (var i = 1; i < v.Length; i++)
            {
                if (v[i] != v[0])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

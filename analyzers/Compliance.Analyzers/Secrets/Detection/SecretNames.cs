using System;
using System.Collections.Generic;
using System.Text;
using Compliance.Analyzers.Common;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Decides whether an identifier or key names a secret, in English, pinyin or Chinese
    /// (password, pwd, mima, 密码, 口令, 密钥 ...), and whether a value is a UI prompt rather than a secret.
    /// </summary>
    public static class SecretNames
    {
        // single words (after camelCase/snake_case splitting) that name a secret on their own
        private static readonly HashSet<string> SecretWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "password", "passwords", "passwd", "pwd", "passphrase", "passcode", "secret", "secrets", "token", "credential", "credentials",
            "apikey", "accesskey", "privatekey", "secretkey", "clientsecret", "appsecret", "authtoken", "accesstoken", "refreshtoken",
            "bearertoken", "apitoken", "sharedaccesskey", "sharedaccesssignature", "corpsecret", "signingkey", "encryptionkey", "masterkey", "accountkey", "sharedkey",
            "mima", "miyao", "kouling", "dbpassword", "dbpwd", "adminpassword", "rootpassword", "sk",
            // a pepper is a secret by definition; SF Express's "checkword" is its API signing secret
            "pepper", "checkword",
        };

        // two-word phrases: api key, access key, private key ...
        private static readonly HashSet<string> SecretPairs = new HashSet<string>(StringComparer.Ordinal)
        {
            "api key", "access key", "private key", "secret key", "signing key", "encryption key", "master key", "account key",
            "shared key", "client secret", "app secret", "auth token", "access token", "refresh token", "bearer token", "api token",
            "mi ma", "mi yao", "security key", "secret access", "sas token", "jwt key", "jwt secret", "hmac key", "aes key",
            "crypto key", "cipher key", "app key secret", "mch key", "pay key", "sign key", "v3 key", "partner key", "merchant key",
            "check word", "shared word",
        };

        private static readonly string[] ChineseWords = { "密码", "口令", "密钥", "秘钥", "私钥", "令牌" };

        // a name containing one of these words talks *about* a secret (its policy, prompt, id, location), not the secret itself
        private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "public", "question", "hint", "prompt", "label", "placeholder", "message", "msg", "tip", "tips", "title",
            "caption", "description", "desc", "error", "errors", "length", "len", "policy", "policies", "regex", "pattern", "format",
            "expiry", "expires", "expire", "expiration", "expired", "lifetime", "timeout", "ttl", "type", "kind", "mode", "url", "uri",
            "endpoint", "path", "file", "filename", "dir", "directory", "header", "name", "id", "ids", "identifier", "identifiers", "version", "cancellation",
            "continuation", "csrf", "xsrf", "antiforgery", "usersecretsid", "reset", "forgot", "forgotten", "strength", "hash", "hashed",
            "salt", "required", "require", "requires", "min", "max", "minimum", "maximum", "count", "attempts", "enabled", "enable",
            "disabled", "provider", "providers", "store", "manager", "handler", "service", "options", "option", "validation",
            "validator", "field", "column", "param", "parameter", "claim", "scheme", "issuer", "audience", "location", "secretary",
            "tokenizer", "tokens", "syntax", "lexer", "page", "paging", "next", "cache", "changed", "last", "history", "reuse",
            "complexity", "digit", "uppercase", "lowercase", "nonalphanumeric", "unique", "chars", "characters", "input", "box", "button",
            "dialog", "form", "view", "model", "dto", "request", "response", "result", "endpoint", "generator", "length", "size",
            "bits", "validity", "seconds", "secs", "ms", "minutes", "hours", "days", "duration", "interval", "algorithm", "alg", "encrypted", "protected", "ref", "reference", "source", "vault", "keyvault", "arn", "variable", "env",
            // "TokenPrefix" = "v1.tl.", "ApiKeySeparator": a part of a format, never the secret itself
            "prefix", "suffix", "separator", "delimiter", "提示", "名称", "长度",
            // "complexPasswordRule" = @"^(?=.*[A-Z])…{8,}$" (Helpdesken, judged blind): a rule passwords must follow
            "rule", "rules",
            // "TokenExpression" = "(?:(?<text>\\[\\])|…" (oqtane's token-replacement regex, judged blind): a pattern, like "regex"
            "expression", "expressions", "expr", "regexp",
            // "EDGE_NGRAM_TOKEN_FILTER" = "edge_ngram" (an Elasticsearch token filter), "BlockedByTokenLimit" (an AI usage
            // tag): the head noun after "token" names a text-analysis step or a metered amount (Exceptionless, judged blind)
            "filter", "filters", "limit", "limits", "quota", "quotas", "usage", "budget",
        };

        // "PasswordKey", "TokenName": a key *for* a secret, when the secret word is one of these and the name ends in "key"
        private static readonly HashSet<string> KeyOfWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "password", "passwd", "pwd", "token", "credential", "credentials", "secret", "mima",
        };

        /// <summary>Splits "dbPassword", "DB_PASSWORD", "db-password", "ConnectionStrings:Default" into lower-case words.</summary>
        public static List<string> SplitWords(string name)
        {
            var words = new List<string>();
            var sb = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(sb, words);
                    continue;
                }

                if (sb.Length > 0 && char.IsUpper(c))
                {
                    var prev = name[i - 1];
                    var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower))
                    {
                        Flush(sb, words);
                    }
                }

                if (sb.Length > 0 && IsCjk(c) != IsCjk(sb[sb.Length - 1]))
                {
                    Flush(sb, words);
                }

                sb.Append(char.ToLowerInvariant(c));
            }

            Flush(sb, words);
            JoinSplitPassword(words);
            return words;
        }

        // "PassWord", "passWd", "Pass_Word": one word written in two (common in Chinese projects: CoreShop's Hangfire
        // "PassWord", entity.passWord). Joined back so the name reads as "password" everywhere names are judged.
        private static void JoinSplitPassword(List<string> words)
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] != "pass") continue;
                var next = words[i + 1];
                if (next == "word" || next == "words" || next == "wd" || next == "phrase")
                {
                    words[i] = "pass" + next;
                    words.RemoveAt(i + 1);
                }
            }
        }

        // the secret was matched as a two-word phrase ("api key") starting at index i
        private static bool i2(List<string> words, int i) =>
            !SecretWords.Contains(words[i]) && !ContainsChinese(words[i]) && i + 1 < words.Count && SecretPairs.Contains(words[i] + " " + words[i + 1]);

        private static void Flush(StringBuilder sb, List<string> words)
        {
            if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        internal static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF';

        /// <summary>True when <paramref name="name"/> names a secret and is not on the stop-list.</summary>
        public static bool IsSecretName(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return false;
            }

            var words = SplitWords(name!);
            if (words.Count == 0)
            {
                return false;
            }

            var secretIndex = -1;
            for (var i = 0; i < words.Count && secretIndex < 0; i++)
            {
                var w = words[i];
                if (SecretWords.Contains(w) || (i + 1 < words.Count && SecretPairs.Contains(w + " " + words[i + 1])))
                {
                    secretIndex = i;
                }
                else if (ContainsChinese(w))
                {
                    secretIndex = i;
                }
                else if (IsTrailingPass(words, i))
                {
                    secretIndex = i;
                }
                else if (w.Length > 8 && !StopWords.Contains(w) && (w.EndsWith("password", StringComparison.Ordinal) || w.EndsWith("passwd", StringComparison.Ordinal) || w.EndsWith("secret", StringComparison.Ordinal)))
                {
                    // lower-case compounds: "dbpassword", "mysqlpasswd", "clientsecret"
                    secretIndex = i;
                }
            }

            if (secretIndex < 0)
            {
                return false;
            }

            // "SecretKey", "MINIO_SECRET_KEY", "AWS_SECRET_ACCESS_KEY": the secret half of a key pair, not a key *for* a
            // secret ("PasswordKey", "TokenKey" below)
            var secretKeyPhrase = IsSecretKeyPhrase(words, secretIndex);

            // English compounds put the head noun last: "dbPassword", "AccessKeySecret" name a secret,
            // "HardcodedCredentialInSink" or "SecretNamedSymbolAssignedConstant" name something else
            var secretEnd = secretIndex + (i2(words, secretIndex) ? 1 : 0);
            if (secretEnd < words.Count - 2 && !secretKeyPhrase)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (StopWords.Contains(w) || (IsCjk(w[0]) && ContainsAny(w, ChineseStopWords)))
                {
                    return false;
                }
            }

            // "sk" alone is only a secret in a pair name (ak/sk); on its own it is too short to trust
            if (words[secretIndex] == "sk" && words.Count == 1)
            {
                return name!.Length == 2 && name.ToLowerInvariant() == "sk";
            }

            var last = words[words.Count - 1];
            if ((last == "key" || last == "keys") && secretIndex < words.Count - 1 && KeyOfWords.Contains(words[secretIndex]) && !secretKeyPhrase)
            {
                return false;
            }

            return true;
        }

        /// <summary>The name ends in "secret key" or "secret access key" (its secret word is the first of them).</summary>
        private static bool IsSecretKeyPhrase(List<string> words, int secretIndex) =>
            words[secretIndex] == "secret"
            && ((secretIndex == words.Count - 2 && words[secretIndex + 1] == "key")
                || (secretIndex == words.Count - 3 && words[secretIndex + 1] == "access" && words[secretIndex + 2] == "key"));

        // "BoardingPass", "SeasonPass", "FirstPass", "ShadowPass": a ticket, a permit, an iteration or a render pass, not a password.
        private static readonly HashSet<string> NotPasswordPass = new HashSet<string>(StringComparer.Ordinal)
        {
            "boarding", "season", "day", "hall", "bus", "free", "guest", "visitor", "event", "access", "gate", "first", "second",
            "third", "single", "multi", "two", "one", "render", "shader", "draw", "compile", "compiler", "build", "test", "tests",
            "check", "validation", "by", "over", "under", "back", "mountain", "road", "library", "park", "parking",
            "shadow", "depth", "opaque", "transparent", "lighting", "blur", "bloom", "post", "geometry", "forward", "deferred",
        };

        /// <summary>
        /// RABBITMQ_DEFAULT_PASS, SMTP_PASS, sftpPass: "pass" as the last word of a compound names the account's password
        /// (a common abbreviation in environment variables and short field names). Alone ("Pass", a grade or a flag) or
        /// after a ticket/iteration word it does not.
        /// </summary>
        private static bool IsTrailingPass(List<string> words, int i) =>
            i == words.Count - 1 && i > 0 && words[i] == "pass" && !NotPasswordPass.Contains(words[i - 1]);

        private static readonly string[] ChineseStopWords = { "提示", "名称", "长度", "错误", "规则", "策略", "输入", "问题", "强度", "过期", "找回", "重置" };

        private static bool ContainsAny(string w, string[] parts)
        {
            foreach (var p in parts)
            {
                if (w.IndexOf(p, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsChinese(string w)
        {
            foreach (var c in ChineseWords)
            {
                if (w.IndexOf(c, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] PromptMarkers =
        {
            "please", "enter ", "enter your", "your password", "invalid", "incorrect", "required", "must ", "cannot", "can't", "wrong",
            "forgot", "confirm", "type ", "at least", "请", "输入", "错误", "不正确", "不能", "必须", "忘记", "确认", "无效", "为空", "提示",
        };

        /// <summary>UI prompts and messages ("Please enter your password", "请输入密码") are never secrets.</summary>
        public static bool IsPromptOrMessage(string value)
        {
            var v = value.Trim();
            var lower = v.ToLowerInvariant();
            foreach (var m in PromptMarkers)
            {
                if (lower.IndexOf(m, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            // a sentence: several words separated by spaces
            var spaces = 0;
            foreach (var c in v)
            {
                if (c == ' ')
                {
                    spaces++;
                }
                else if (IsCjk(c))
                {
                    // passwords are typed on keyboards; Chinese text is a label or message
                    return true;
                }
            }

            if (spaces >= 2)
            {
                return true;
            }

            // a format string ("{0} expected") is a message template
            if (v.IndexOf("{0}", StringComparison.Ordinal) >= 0 || v.IndexOf("{1}", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            // words that name the secret ("Change Password", "Access Token"): a role, a title, a label
            return spaces == 1 && UiText.IsNaturalLanguage(v, strict: true) && MentionsSecretWord(lower);
        }

        private static readonly string[] SecretWordStems = { "password", "passwd", "passphrase", "token", "secret", "credential", "api key", "access key", "private key" };

        private static bool MentionsSecretWord(string lower)
        {
            foreach (var w in SecretWordStems)
            {
                if (lower.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            foreach (var w in ChineseWords)
            {
                if (lower.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A value that may be a hard-coded secret when assigned to a secret-named symbol: not empty, not a placeholder,
        /// not a prompt, not a configuration key path ("Auth:Password") and not the symbol's own name.
        /// </summary>
        public static bool IsPlausibleSecretValue(string value, string? name = null)
        {
            var v = value.Trim();
            if (v.Length < 4 || Placeholders.IsPlaceholder(v) || IsPromptOrMessage(v))
            {
                return false;
            }

            if (LooksLikeKeyPath(v) || LooksLikeUrlOrPath(v) || LooksLikeResourceName(v) || LooksLikeCode(v) || LooksLikeLabel(v))
            {
                return false;
            }

            if (name != null && NamesItself(IdentifierWords.Squash(name), IdentifierWords.Squash(v)))
            {
                return false;
            }

            if (name != null && NamesAccessKeyId(name) && LooksLikeAccountName(v))
            {
                return false;
            }

            return true;
        }

        // Suffixes that make a symbol the NAME of a setting: StorageApiKeyKey = "storageapikey" (duplicati's option-name
        // constants, judged blind), ApiKeyName = "api_key", PasswordField = "password"; and of a route or lexer token:
        // TenantToken = "tenant" (Smartstore's route-value names, judged blind).
        private static readonly string[] NamingSuffixes = { "key", "name", "field", "option", "setting", "param", "parameter", "header", "property", "label", "token" };

        private static bool NamesItself(string name, string value)
        {
            if (value.Length == 0)
            {
                return false;
            }

            // "WeixinAppSecret": "weixinappsecret-1": the setting's own name numbered, a stand-in a test or sample fills in
            if (name == value || name == value.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
            {
                return true;
            }

            // SecretToken = "MySecretToken" (Sonarr's Aria2 settings form): the name with "my"/"your" before it is what a
            // form pre-fills for the user to replace
            if (value == "my" + name || value == "your" + name)
            {
                return true;
            }

            foreach (var suffix in NamingSuffixes)
            {
                if (name.Length == value.Length + suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name.StartsWith(value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>MINIO_ACCESS_KEY</c>, <c>AccessKey</c>, <c>access_key_id</c>: the public half of a key pair, which object stores
        /// such as MinIO use as the root user's name. Not <c>AccessKeySecret</c>, <c>SecretAccessKey</c> or Azure's
        /// <c>SharedAccessKey</c>, which are the secret.
        /// </summary>
        private static bool NamesAccessKeyId(string name)
        {
            var words = SplitWords(name);
            var found = false;
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w == "secret" || w == "secretkey" || w == "sk" || w == "password" || w == "shared" || w == "sharedaccesskey" || w == "primary" || w == "secondary")
                {
                    return false;
                }

                found |= w == "accesskey" || w == "accesskeyid" || (w == "access" && i + 1 < words.Count && words[i + 1] == "key");
            }

            return found;
        }

        /// <summary>
        /// "loki", "minioadmin": a lower-case word with at most two digits is an account's name. Generated access keys are
        /// upper-case or mixed-case random strings (AKIA…, LTAI…, MinIO's 20-character keys) or long hex, and stay secrets.
        /// </summary>
        private static bool LooksLikeAccountName(string v)
        {
            if (v.Length > 24 || !(v[0] >= 'a' && v[0] <= 'z'))
            {
                return false;
            }

            var digits = 0;
            foreach (var c in v)
            {
                if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '_' && c != '.')
                {
                    return false;
                }
            }

            return digits <= 2;
        }

        private static bool LooksLikeKeyPath(string v)
        {
            // "Auth:Password", "Jwt.Secret", "DB_PASSWORD" (an environment variable name) are references, not values
            var separators = 0;
            var hasLower = false;
            var hasUpper = false;
            foreach (var c in v)
            {
                if (c == ':' || c == '.')
                {
                    separators++;
                }
                else if (char.IsLower(c))
                {
                    hasLower = true;
                }
                else if (char.IsUpper(c))
                {
                    hasUpper = true;
                }
                else if (!(char.IsDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            if (separators > 0)
            {
                // "Auth:Password"; "tshock.account.changepassword" (a permission node): two or more dots between
                // letter segments name a path, whatever its words
                return char.IsLetter(v[0]) && v.IndexOf("::", StringComparison.Ordinal) < 0 && (IsSecretNameOrWords(v) || (separators >= 2 && IsDottedName(v)));
            }

            // ALL_CAPS_WITH_UNDERSCORE containing a secret word: an environment variable name
            return hasUpper && !hasLower && v.IndexOf('_') > 0 && IsSecretNameOrWords(v);
        }

        // segments of letters (digits after the first letter allowed), none empty: "tshock.account.changepassword"
        private static bool IsDottedName(string v)
        {
            foreach (var seg in v.Split('.', ':'))
            {
                if (seg.Length == 0 || !char.IsLetter(seg[0]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSecretNameOrWords(string v)
        {
            foreach (var w in SplitWords(v))
            {
                if (SecretWords.Contains(w) || w == "key" || w == "connectionstrings")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Labels that mention a secret word instead of holding a secret: header names ("X-Api-Key",
        /// "Authorization"), claim types and token identifiers ("refresh_token", "urn:…:token-type:jwt",
        /// "client-secret"). Letters and separators only, no digit: generated secrets and passwords have them
        /// or are not made of a secret word plus separators.
        /// </summary>
        internal static bool LooksLikeLabel(string v)
        {
            if (v.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || v.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                || v.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN": a list of environment variable names (a CI file's secrets list)
            if (v.IndexOf(',') > 0 || v.IndexOf(' ') > 0)
            {
                var parts = v.Split(new[] { ',', ' ', ';', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                var allNames = parts.Length >= 2;
                foreach (var part in parts)
                {
                    allNames &= part.Length >= 2 && part[0] >= 'A' && part[0] <= 'Z' && part.IndexOf('_') > 0 && IsAllCapsName(part);
                }

                if (allNames)
                {
                    return true;
                }
            }

            if (v.Length > 48)
            {
                return false;
            }

            var separators = 0;
            foreach (var c in v)
            {
                if (c == '-' || c == '_' || c == '.')
                {
                    separators++;
                }
                else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }
            }

            if (separators == 0 || separators >= v.Length / 2)
            {
                return false;
            }

            // "X-Api-Key" / "X-Auth-Token": an HTTP header name.
            if (v.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var w in SplitWords(v))
            {
                if (SecretWords.Contains(w) || w == "key" || w == "token" || w == "secret" || w == "password")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAllCapsName(string v)
        {
            foreach (var c in v)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        // "CMP1001", "CA2100", "SYSLIB0057": diagnostic and error codes
        private static bool LooksLikeCode(string v)
        {
            var i = 0;
            while (i < v.Length && v[i] >= 'A' && v[i] <= 'Z')
            {
                i++;
            }

            var letters = i;
            while (i < v.Length && char.IsDigit(v[i]))
            {
                i++;
            }

            return i == v.Length && letters >= 2 && letters <= 8 && v.Length - letters >= 3 && v.Length - letters <= 5;
        }

        // "default/ca-secret", "db-password": the name of a Kubernetes Secret or vault entry, not its content
        private static bool LooksLikeResourceName(string v)
        {
            foreach (var c in v)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.'))
                {
                    return false;
                }
            }

            if (v.IndexOf('-') < 0 && v.IndexOf('/') < 0)
            {
                return false;
            }

            foreach (var w in SplitWords(v))
            {
                if (w == "secret" || w == "secrets" || w == "password" || w == "token" || w == "key" || w == "cert" || w == "tls" || w == "credentials")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool LooksLikeUrlOrPath(string v) =>
            ((v.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
              v.StartsWith("/", StringComparison.Ordinal) || v.StartsWith("~/", StringComparison.Ordinal)) && v.IndexOf('@') < 0)
            || LooksLikeKeyFileReference(v);

        private static readonly string[] KeyFileExtensions = { ".pem", ".key", ".pfx", ".p12", ".p8", ".crt", ".cer", ".der", ".jks", ".keystore" };

        /// <summary>
        /// "\WxPayCert\apiclient_key.pem", "certs/server.key", "apiclient_cert.p12": the name of a key file (Admin.NET's
        /// WechatPay MerchantCertificatePrivateKey), not the key. Key material never ends in a file extension.
        /// </summary>
        private static bool LooksLikeKeyFileReference(string v)
        {
            var extension = false;
            foreach (var e in KeyFileExtensions)
            {
                extension |= v.EndsWith(e, StringComparison.OrdinalIgnoreCase) && v.Length > e.Length;
            }

            if (!extension)
            {
                return false;
            }

            foreach (var c in v)
            {
                if (!(char.IsLetterOrDigit(c) || c == '/' || c == '\\' || c == '.' || c == '_' || c == '-' || c == ':' || c == '~'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Analyzers.Documents;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Finds secrets in any text file: structured scanning (key paths) of JSON/appsettings, XML configs (web.config,
    /// nuget.config, *.pubxml, *.PublishSettings), .env/ini/properties, YAML (Kubernetes Secrets, compose environment),
    /// and provider tokens, private keys and credential URIs anywhere. Used by the CMP1005 analyzer on AdditionalFiles and
    /// by the CLI on every text file.
    /// </summary>
    public static class TextSecretScanner
    {
        private const string RuleToken = "CMP1003";
        private const string RuleConnection = "CMP1004";
        private const string RuleConfig = "CMP1005";

        public static IReadOnlyList<SecretMatch> Scan(string path, string text) => Scan(path, text, null);

        /// <param name="asOf">The date recorded tokens are judged against (a JWT whose <c>exp</c> is before it has
        /// expired); the CLI passes <c>--as-of</c>/<c>SOURCE_DATE_EPOCH</c> so that results are reproducible; null = now.</param>
        public static IReadOnlyList<SecretMatch> Scan(string path, string text, DateTimeOffset? asOf)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Array.Empty<SecretMatch>();
            }

            var kind = ConfigFormats.Of(path ?? string.Empty);
            var ctx = new Context(text, kind != ConfigFormat.Other) { NamesAreLabels = NamesAreLabels(path ?? string.Empty), IsLocaleResource = UiText.IsLocaleResource(path ?? string.Empty), IsCiPipeline = IsCiPipeline(path ?? string.Empty), IsDocumentationPage = LocalOnlyCredentials.IsDocumentationPage(path ?? string.Empty) };
            try
            {
                switch (kind)
                {
                    case ConfigFormat.Json:
                        ScanJson(ctx);
                        break;
                    case ConfigFormat.Xml:
                        ScanXml(ctx);
                        break;
                    case ConfigFormat.KeyValue:
                        ScanKeyValue(ctx);
                        break;
                    case ConfigFormat.Yaml:
                        ScanYaml(ctx);
                        break;
                    case ConfigFormat.Other when IsAssignmentScript(path ?? string.Empty):
                        ScanAssignments(ctx, IsHcl(path ?? string.Empty));
                        break;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // structured pass gave up on a pathological file; the generic pass below still runs
            }

            ScanGeneric(ctx);
            ctx.Matches.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : string.CompareOrdinal(a.RuleId, b.RuleId));
            return Recorded(ctx, RecordedTokens.IsApiCollection(path ?? string.Empty, text), asOf ?? DateTimeOffset.UtcNow);
        }

        /// <summary>
        /// One finding per token value and file: the same token repeated in a file (an API export replays one bearer
        /// token in every request) is one finding at its first occurrence, saying how often it appears. A JWT recorded
        /// in an API-collection export, or one that has expired, is low precision with that context in the message.
        /// </summary>
        private static List<SecretMatch> Recorded(Context ctx, bool apiCollection, DateTimeOffset asOf)
        {
            var kept = new List<SecretMatch>(ctx.Matches.Count);
            var firstByValue = new Dictionary<string, (SecretMatch Match, int Count)>(StringComparer.Ordinal);
            foreach (var m in ctx.Matches)
            {
                if (m.RuleId != RuleToken || m.Length <= 0 || m.Offset + m.Length > ctx.Text.Length)
                {
                    kept.Add(m);
                    continue;
                }

                var value = ctx.Text.Substring(m.Offset, m.Length);
                if (firstByValue.TryGetValue(value, out var first))
                {
                    firstByValue[value] = (first.Match, first.Count + 1);
                    continue;
                }

                firstByValue[value] = (m, 1);
                kept.Add(m);
            }

            foreach (var pair in firstByValue)
            {
                var m = pair.Value.Match;
                if (pair.Value.Count > 1)
                {
                    m.Message += $" The same value appears {pair.Value.Count} times in this file (one finding).";
                    m.MessageZh += $"同一值在该文件中出现 {pair.Value.Count} 次（只报告一次）。";
                }

                if (m.Kind != RecordedTokens.JwtKind)
                {
                    continue;
                }

                var expiry = RecordedTokens.Expiry(pair.Key);
                var expired = expiry.HasValue && expiry.Value < asOf;
                if (apiCollection)
                {
                    m.Precision = "low";
                    m.Message += " It is recorded in an API-collection export (a captured request of a test run)"
                                 + (expired ? ", and expired on " + expiry!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                                 + ": the signing key that issued it is the secret to protect.";
                    m.MessageZh += "该令牌记录在 API 测试集合导出文件中（测试运行时捕获的请求）"
                                   + (expired ? "，且已于 " + expiry!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 过期" : string.Empty)
                                   + "：需要保护的是签发它的签名密钥。";
                }
                else if (expired)
                {
                    m.Precision = "low";
                    var date = expiry!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    m.Message += $" It expired on {date} (its exp claim): a recorded token no longer grants access; the signing key that issued it is the secret to protect.";
                    m.MessageZh += $"该令牌已于 {date} 过期（exp 声明）：记录下来的令牌已不能再用于访问，需要保护的是签发它的签名密钥。";
                }
            }

            return kept;
        }

        // Not .snk: a strong-name key only gives an assembly its identity (Microsoft's guidance is to commit it for
        // open-source projects); it protects nothing, so it is not a secret.
        private static readonly string[] KeyStoreExtensions = { ".pfx", ".p12", ".jks", ".keystore", ".ppk" };

        /// <summary>True for binary key stores (PKCS#12, Java key stores, PuTTY keys) that should not be committed; not strong-name keys (.snk).</summary>
        public static bool IsKeyStoreFile(string path)
        {
            var ext = Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
            return Array.IndexOf(KeyStoreExtensions, ext) >= 0;
        }

        /// <summary>
        /// For a binary key store (see <see cref="IsKeyStoreFile"/>), which the CLI does not read as text: one CMP1005 finding
        /// at 1:1 naming the file kind. Returns nothing for other paths.
        /// </summary>
        public static IReadOnlyList<SecretMatch> ScanKeyStoreFile(string path)
        {
            if (!IsKeyStoreFile(path))
            {
                return Array.Empty<SecretMatch>();
            }

            var ext = Path.GetExtension(path).ToLowerInvariant();
            var kind = "private key store (" + ext.TrimStart('.') + ")";
            var kindZh = "私钥存储文件 (" + ext.TrimStart('.') + ")";
            var anchor = "keystore" + ext;
            return new[]
            {
                new SecretMatch
                {
                    RuleId = RuleConfig, StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1, Kind = kind,
                    Message = $"A {kind} is committed to the repository: keep certificates with private keys in a secret store or certificate store.",
                    MessageZh = $"仓库中提交了{kindZh}：请将含私钥的证书保存在密钥管理服务或证书存储中。",
                    Evidence = Path.GetFileName(path), Anchor = anchor,
                },
            };
        }

        private sealed class Context
        {
            private readonly TextLines lines;
            private readonly Dictionary<string, int> ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly HashSet<string> anchors = new HashSet<string>(StringComparer.Ordinal);

            public Context(string text, bool isConfig)
            {
                Text = text;
                IsConfig = isConfig;
                lines = new TextLines(text);
            }

            public string Text { get; }
            public bool IsConfig { get; }
            /// <summary>Package lock files: their keys are package names ("…Configuration.UserSecrets"), never secret names.</summary>
            public bool NamesAreLabels { get; set; }
            /// <summary>Translation files (i18n/locales folders, de.json, backend_de.json, *.resx): values are UI text.</summary>
            public bool IsLocaleResource { get; set; }
            /// <summary>A CI pipeline definition (GitHub Actions workflow, .gitlab-ci.yml, azure-pipelines.yml).</summary>
            public bool IsCiPipeline { get; set; }
            /// <summary>A Markdown/reStructuredText/AsciiDoc page: its connection strings to this machine are setup examples.</summary>
            public bool IsDocumentationPage { get; set; }
            /// <summary>A CI pipeline's service-container images per job (<see cref="LocalOnlyCredentials.ConfiguresJobService"/>).</summary>
            public Dictionary<string, List<string>>? CiServiceImages { get; set; }
            public List<SecretMatch> Matches { get; } = new List<SecretMatch>();

            // Reported spans sorted by start, for an O(log n) overlap test (one-line files can hold
            // tens of thousands of matches).
            private readonly List<int> spanStarts = new List<int>();
            private readonly List<int> spanEnds = new List<int>();
            private readonly Dictionary<string, int> nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);

            public bool Overlaps(int index, int length)
            {
                var end = index + length;
                var i = spanStarts.BinarySearch(index);
                if (i < 0) i = ~i;
                // The span starting at or after index overlaps if it starts before our end; the one
                // before it overlaps if it ends after our start.
                if (i < spanStarts.Count && spanStarts[i] < end) return true;
                if (i > 0 && spanEnds[i - 1] > index) return true;
                return false;
            }

            private void Remember(int index, int length)
            {
                var i = spanStarts.BinarySearch(index);
                if (i < 0) i = ~i;
                spanStarts.Insert(i, index);
                spanEnds.Insert(i, index + length);
            }

            /// <summary>An ordinal anchor, consumed only when the span is not already reported (block overlaps).</summary>
            public string NextOrdinalAnchorIfNew(int index, int length, string kind) =>
                Overlaps(index, length) ? string.Empty : NextOrdinalAnchor(kind);

            public string NextOrdinalAnchor(string kind)
            {
                ordinals.TryGetValue(kind, out var n);
                ordinals[kind] = ++n;
                return kind.Replace(' ', '-') + "#" + n;
            }

            public void Add(string ruleId, int index, int length, string kind, string kindZh, string masked, string anchor, string? precision = null)
            {
                if (length <= 0 || Overlaps(index, length))
                {
                    return;
                }

                var unique = anchor;
                if (anchors.Contains(unique))
                {
                    nextSuffix.TryGetValue(anchor, out var n);
                    if (n < 2) n = 2;
                    for (unique = anchor + "#" + n; anchors.Contains(unique); n++, unique = anchor + "#" + n)
                    {
                    }

                    nextSuffix[anchor] = n + 1;
                }

                anchors.Add(unique);
                Remember(index, length);
                var (sl, sc) = Position(index);
                var (el, ec) = Position(index + length);
                Matches.Add(new SecretMatch
                {
                    RuleId = ruleId,
                    StartLine = sl,
                    StartColumn = sc,
                    EndLine = el,
                    EndColumn = ec,
                    Kind = kind,
                    Message = SecretMessages.En(ruleId, kind, masked, unique),
                    MessageZh = SecretMessages.Zh(ruleId, kindZh, masked, unique),
                    Evidence = Evidence(index, length, masked),
                    Anchor = unique,
                    Offset = index,
                    Length = length,
                    Precision = precision,
                });
            }

            /// <summary>
            /// True when the offset is inside a comment: a line starting with //, #, ;, -- or *, a /* */ block or an XML
            /// &lt;!-- --&gt; block. A commented-out connection string is a sample, not a running setting.
            /// </summary>
            public bool InComment(int offset)
            {
                var line = Position(offset).Line - 1;
                var start = lines.StartOf(line);
                var i = start;
                while (i < offset && (Text[i] == ' ' || Text[i] == '\t'))
                {
                    i++;
                }

                if (i < Text.Length && (Text[i] == '#' || Text[i] == ';' || Text[i] == '*'
                    || (i + 1 < Text.Length && ((Text[i] == '/' && Text[i + 1] == '/') || (Text[i] == '-' && Text[i + 1] == '-') || (Text[i] == '/' && Text[i + 1] == '*')))))
                {
                    return true;
                }

                // an open /* or <!-- before the offset that is not closed before it
                var from = Math.Max(0, offset - 512); // bounded: one-line files hold many matches
                var open = Text.LastIndexOf("/*", offset, offset - from, StringComparison.Ordinal);
                if (open >= 0 && Text.IndexOf("*/", open, offset - open, StringComparison.Ordinal) < 0)
                {
                    return true;
                }

                var xmlOpen = Text.LastIndexOf("<!--", offset, offset - from, StringComparison.Ordinal);
                return xmlOpen >= 0 && Text.IndexOf("-->", xmlOpen, offset - xmlOpen, StringComparison.Ordinal) < 0;
            }

            private (int Line, int Column) Position(int offset) => lines.Position(offset);

            private const int EvidenceContext = 100;

            private static bool IsDelimiter(char c) => c == '"' || c == '\'' || c == ',' || c == ';' || c == ' ' || c == '\t' || c == '{' || c == '}' || c == '[' || c == ']' || c == '&';

            /// <summary>First delimiter at or after <paramref name="from"/> (before <paramref name="limit"/>), else <paramref name="limit"/>.</summary>
            private int NextDelimiter(int from, int limit)
            {
                for (var i = from; i < limit; i++)
                {
                    if (IsDelimiter(Text[i])) return i;
                }

                return limit;
            }

            /// <summary>Last delimiter at or before <paramref name="from"/> (after <paramref name="limit"/>), else <paramref name="limit"/>.</summary>
            private int PreviousDelimiter(int from, int limit)
            {
                for (var i = from; i > limit; i--)
                {
                    if (IsDelimiter(Text[i])) return i + 1;
                }

                return limit;
            }

            private string Evidence(int index, int length, string masked)
            {
                var line = Position(index).Line - 1;
                var start = lines.StartOf(line);
                var end = line + 1 < lines.Count ? lines.StartOf(line + 1) : Text.Length;
                while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
                {
                    end--;
                }

                // Only a window around the match is quoted (and redacted): redacting the whole line for
                // every match made one-line files with many secrets quadratic. The window's edges move to
                // a delimiter so that no value is cut in half (a cut value could escape the redactor).
                var windowStart = index - start > EvidenceContext ? NextDelimiter(index - EvidenceContext, index) : start;
                var afterStart = Math.Min(index + length, end);
                var windowEnd = end - afterStart > EvidenceContext ? PreviousDelimiter(afterStart + EvidenceContext, afterStart) : end;
                var before = Text.Substring(windowStart, index - windowStart);
                var after = index + length <= end ? Text.Substring(afterStart, windowEnd - afterStart) : string.Empty;
                // the value may also stand elsewhere on the line (a user name equal to the password)
                var evidence = SecretRedactor.MaskOccurrences(SecretRedactor.Redact(before + masked + after), Text.Substring(index, length)).Trim();
                return evidence.Length > 240 ? evidence.Substring(0, 240) + "…" : evidence;
            }
        }

        // ---- values (shared by every structured format) ----

        private static void HandleValue(Context ctx, string anchor, string leafKey, int valueIndex, string raw, bool forceSecret = false, string? decoded = null)
        {
            if (raw.Length == 0)
            {
                return;
            }

            var tokens = KnownTokens.Find(raw);
            if (tokens.Count > 0)
            {
                foreach (var t in tokens)
                {
                    ctx.Add(RuleToken, valueIndex + t.Index, t.Length, t.Kind, t.KindZh, t.Masked, anchor);
                }

                return;
            }

            var found = false;
            // A CI job's database on localhost is the job's own service container, created and destroyed with the run:
            // its password guards nothing reachable (dotnet-starter-kit's migrator smoke test).
            var jobLocal = ctx.IsCiPipeline && ConnectionStrings.NamesLoopbackHost(raw);
            foreach (var s in ConnectionStrings.FindPasswords(raw))
            {
                if (jobLocal)
                {
                    found = true;
                    continue;
                }

                ctx.Add(RuleConfig, valueIndex + s.Index, s.Length, s.Kind, s.KindZh, SecretMask.Mask(string.Empty, s.Length), anchor);
                found = true;
            }

            foreach (var s in ConnectionStrings.FindUriCredentials(raw))
            {
                ctx.Add(RuleConfig, valueIndex + s.Index, s.Length, s.Kind, s.KindZh, SecretMask.Mask(string.Empty, s.Length), anchor);
                found = true;
            }

            if (found)
            {
                return;
            }

            var value = decoded ?? raw;
            // a CI job's own service container (services: env) is created and destroyed with the run, as its localhost database above
            if (!forceSecret && (ctx.NamesAreLabels || Placeholders.IsFakeName(leafKey) || NamesASecretObject(anchor, value)
                                 || (ctx.IsCiPipeline && LocalOnlyCredentials.IsCiServiceContainerSetting(anchor))
                                 || (ctx.CiServiceImages != null && LocalOnlyCredentials.ConfiguresJobService(anchor, leafKey, ctx.CiServiceImages))))
            {
                return;
            }

            // a key that is a file's path names that file, not a secret: an Angular service worker's ngsw.json maps
            // "/app/assets/i18n/sk.json" (the Slovak locale, read as an "sk" secret key) to its content hash
            var named = !IsFilePathKey(leafKey)
                        && (SecretNames.IsSecretName(leafKey) || IsClearTextPassword(leafKey) || IsSecretByParent(anchor, leafKey) || IsHexKeySetting(leafKey, value)
                            || IsSecretSectionEntry(anchor, leafKey, value));
            // "common.password": "Passwort", "invalid-password": "Ungültiges Passwort": the key names a secret, the value
            // is its translation. In a locale file any text is a label; elsewhere only text under a UI-string key.
            if (named && !forceSecret && (ctx.IsLocaleResource ? UiText.IsNaturalLanguage(value, strict: false)
                                                              : UiText.IsLabelKey(leafKey) && UiText.IsNaturalLanguage(value, strict: true)))
            {
                return;
            }

            if ((named || forceSecret) && SecretNames.IsPlausibleSecretValue(value, leafKey) && !ConnectionStrings.LooksLikeConnectionString(value))
            {
                var isPassword = IsPasswordName(leafKey);
                ctx.Add(RuleConfig, valueIndex, raw.Length, isPassword ? "password" : "secret", isPassword ? "密码" : "密钥", SecretMask.Mask(string.Empty, value.Length), anchor);
            }
        }

        // extensions of the files a web build or a manifest lists (assets, scripts, styles, documents, data)
        private static readonly HashSet<string> FileKeyExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "json", "js", "mjs", "cjs", "css", "html", "htm", "txt", "md", "xml", "png", "jpg", "jpeg", "gif", "svg", "ico", "webp",
            "woff", "woff2", "ttf", "eot", "otf", "map", "wasm", "webmanifest",
        };

        /// <summary>
        /// A key written as a file's path: a '/' in it and a last segment with a web or data file's extension
        /// (<c>/app/assets/i18n/sk.json</c>, <c>media/logo.svg</c>). A path with no such extension
        /// (<c>vault.hashicorp.com/agent-inject-secret-db-password</c>, <c>secret/data/db</c>) is still a name.
        /// </summary>
        internal static bool IsFilePathKey(string key)
        {
            var slash = key.LastIndexOf('/');
            if (slash < 0 || slash == key.Length - 1 || key.IndexOf(' ') >= 0)
            {
                return false;
            }

            var last = key.Substring(slash + 1);
            var dot = last.LastIndexOf('.');
            return dot > 0 && dot < last.Length - 1 && FileKeyExtensions.Contains(last.Substring(dot + 1));
        }

        private static readonly string[] SecretReferenceKeys =
        {
            "secretname", "secretkeyref", "secretref", "existingsecret", "secretproviderclass", "secretstoreref", "secretkeyselector",
            "usesecret", "secretobjects", "imagepullsecrets",
            // Azure DevOps AzureKeyVault task: SecretsFilter lists the names of the Key Vault secrets to fetch
            "secretsfilter",
            // Azure DevOps NuGet/npm/twine task inputs naming a service connection that holds the credentials
            // (WTM's `publishFeedCredentials: "nuget-sundot"`), never the credentials themselves
            "publishfeedcredentials", "externalfeedcredentials", "nugetserviceconnections", "twineserviceconnections",
        };

        /// <summary>
        /// A value that names a secret held elsewhere, not the secret: Kubernetes references to a Secret object
        /// (<c>secretName</c>, <c>secretKeyRef</c>, <c>existingSecret</c>…), annotations such as
        /// <c>…/proxy-ssl-secret: ns/name</c>, and a CI file's list of secret names (<c>secrets:</c>).
        /// </summary>
        private static bool NamesASecretObject(string anchor, string value)
        {
            var parts = anchor.Split(':');
            foreach (var part in parts)
            {
                var lower = part.ToLowerInvariant();
                if (Array.IndexOf(SecretReferenceKeys, lower) >= 0)
                {
                    return true;
                }
            }

            // OpenAPI security requirement: security: [ { API_Key: [ "unrestricted" ] } ] lists the scheme's scopes
            if (IsOpenApiScope(parts))
            {
                return true;
            }

            // annotations: a namespace/name reference ("default/ca-secret", "ingress-nginx/tls")
            if (anchor.IndexOf("annotations:", StringComparison.OrdinalIgnoreCase) >= 0 && IsObjectReference(value))
            {
                return true;
            }

            // A reusable workflow's or action's `secrets:` leaf: `inherit`, or the names of the secrets to fetch
            // ("DOCKERHUB-OAT", "BW-GHAPP-ID,BW-GHAPP-KEY"): upper-case names with separators, never a value.
            if (parts[parts.Length - 1].Equals("secrets", StringComparison.OrdinalIgnoreCase) && (value == "inherit" || IsSecretNameList(value)))
            {
                return true;
            }

            // GitHub Actions / GitLab CI: secrets: { NAME: { required: true } } / secrets: { NAME: { vault: path } }
            return parts.Length >= 2 && Array.FindIndex(parts, p => p.Equals("secrets", StringComparison.OrdinalIgnoreCase)) is var i && i >= 0 && i < parts.Length - 1
                   && (IsObjectReference(value) || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)
                       || value.IndexOf('@') > 0 && value.IndexOf('/') > 0 && value.IndexOf(' ') < 0 && !value.Contains("://"));
        }

        /// <summary>"DOCKERHUB-OAT", "BW-GHAPP-ID, BW-GHAPP-KEY": upper-case names, each with a '-' or '_' between words.</summary>
        private static bool IsSecretNameList(string v)
        {
            var items = v.Split(',');
            foreach (var raw in items)
            {
                var item = raw.Trim();
                if (item.Length < 3 || !(item[0] >= 'A' && item[0] <= 'Z') || (item.IndexOf('-') < 0 && item.IndexOf('_') < 0))
                {
                    return false;
                }

                foreach (var c in item)
                {
                    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// <c>…:security:0:API_Key:0</c>: an element of a security requirement's array, which names the scopes the
        /// operation needs under the scheme <c>API_Key</c> (OpenAPI 2/3, document-wide or per operation).
        /// </summary>
        private static bool IsOpenApiScope(string[] parts)
        {
            var n = parts.Length;
            return n >= 4 && parts[n - 4].Equals("security", StringComparison.Ordinal) && IsIndex(parts[n - 3]) && IsIndex(parts[n - 1]);
        }

        private static bool IsIndex(string part)
        {
            if (part.Length == 0)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A Kubernetes object name or namespace/name (DNS-1123 labels, lower case).</summary>
        private static bool IsObjectReference(string v)
        {
            if (v.Length == 0 || v.Length > 253)
            {
                return false;
            }

            var slashes = 0;
            foreach (var c in v)
            {
                if (c == '/')
                {
                    slashes++;
                }
                else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return slashes <= 1 && v[0] != '/' && v[v.Length - 1] != '/' && v[0] != '-';
        }

        private static bool IsCiPipeline(string path)
        {
            var p = path.Replace('\\', '/');
            var name = Path.GetFileName(p).ToLowerInvariant();
            var yaml = name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal);
            return yaml && (p.IndexOf(".github/workflows/", StringComparison.OrdinalIgnoreCase) >= 0 || name == ".gitlab-ci.yml" || name.StartsWith("azure-pipelines", StringComparison.Ordinal));
        }

        /// <summary>Package lock and dependency files: keys are package names.</summary>
        private static bool NamesAreLabels(string path)
        {
            var name = Path.GetFileName(path.Replace('\\', '/')).ToLowerInvariant();
            return name == "packages.lock.json" || name == "project.assets.json" || name == "package-lock.json" || name.EndsWith(".deps.json", StringComparison.Ordinal)
                   || name == "yarn.lock" || name == "pnpm-lock.yaml" || name == "npm-shrinkwrap.json";
        }

        // "Jwt": { "Key": "…" } — a generic leaf named by its parent ("Jwt:Key", "Aes:Key")
        private static bool IsSecretByParent(string anchor, string leafKey)
        {
            if (!leafKey.Equals("key", StringComparison.OrdinalIgnoreCase) && !leafKey.Equals("value", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var parts = anchor.Split(':');
            if (parts.Length < 2)
            {
                return false;
            }

            // "Tokens": { "Key": "…", "Issuer": "…" } (the JWT signing settings of many templates): "tokens" is a stop
            // word in names ("MaxTokens"), but a Tokens section's Key is the signing key
            var parent = SecretNames.SplitWords(parts[parts.Length - 2]);
            if (leafKey.Equals("key", StringComparison.OrdinalIgnoreCase) && parent.Count == 1 && (parent[0] == "tokens" || parent[0] == "token"))
            {
                return true;
            }

            return SecretNames.IsSecretName(parts[parts.Length - 2] + ":" + leafKey);
        }

        /// <summary>
        /// <c>"Secret": { "JWT": "…", "DB": "…" }</c>: a section named "Secret"/"Secrets" (or 密钥) whose entries are the
        /// secrets of the things its keys name. An entry counts when "&lt;key&gt; secret" would name a secret (so "Issuer",
        /// "Name", "Expires", "Url" do not) and its value is key material — random-looking, or 12+ characters mixing letters
        /// and digits with no blank — not a key name, a label or a path.
        /// </summary>
        private static bool IsSecretSectionEntry(string anchor, string leafKey, string value)
        {
            var parts = anchor.Split(':');
            if (parts.Length < 2 || leafKey.Length == 0 || IsIndex(leafKey))
            {
                return false;
            }

            var parent = parts[parts.Length - 2];
            var pw = SecretNames.SplitWords(parent);
            if (!(pw.Count == 1 && (pw[0] == "secret" || pw[0] == "secrets")) && parent != "密钥" && parent != "秘钥")
            {
                return false;
            }

            if (!SecretNames.IsSecretName(leafKey + ":Secret"))
            {
                return false;
            }

            var v = value.Trim();
            if (v.Length < 12 || v.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            if (ShannonEntropy.LooksRandom(v, 16))
            {
                return true;
            }

            var letters = false;
            var digits = false;
            foreach (var c in v)
            {
                if (char.IsWhiteSpace(c)) return false;
                if (c >= '0' && c <= '9') digits = true;
                else if (char.IsLetter(c)) letters = true;
            }

            return letters && digits;
        }

        // Words before "key" that make it an identifier or a public value, not a credential: DingTalk's/Umeng's AppKey and
        // IoT ProductKey are public ids, a SiteKey is reCAPTCHA's public half, a PrimaryKey/RowKey addresses a record.
        private static readonly HashSet<string> IdKeyWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "app", "public", "site", "product", "device", "instrumentation", "primary", "foreign", "row", "partition", "routing",
            "sort", "cache", "object", "unique", "idempotency", "license", "licence", "map", "lookup", "index", "group", "tenant", "id",
        };

        /// <summary>
        /// <c>"UserKey": "1f4c…"</c>, <c>"Amap:WebKey": "8a6e…"</c>: a "…Key" setting holding 32, 40 or 64 hex digits is a
        /// platform's API key (the shape vendors issue), whatever the word before "key" — unless that word makes it an id.
        /// </summary>
        private static bool IsHexKeySetting(string leafKey, string value)
        {
            var words = SecretNames.SplitWords(leafKey);
            if (words.Count < 2 || words[words.Count - 1] != "key" || IdKeyWords.Contains(words[words.Count - 2]))
            {
                return false;
            }

            var v = value.Trim();
            if (v.Length != 32 && v.Length != 40 && v.Length != 64)
            {
                return false;
            }

            var digits = 0;
            var letters = 0;
            foreach (var c in v)
            {
                if (c >= '0' && c <= '9') digits++;
                else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) letters++;
                else return false;
            }

            return digits > 0 && letters > 0;
        }

        private static bool IsClearTextPassword(string key) => key.Equals("ClearTextPassword", StringComparison.OrdinalIgnoreCase);

        internal static bool IsPasswordName(string key)
        {
            foreach (var w in SecretNames.SplitWords(key))
            {
                if (w.IndexOf("pass", StringComparison.Ordinal) >= 0 || w.IndexOf("pwd", StringComparison.Ordinal) >= 0 || w == "mima" || w.IndexOf("密码", StringComparison.Ordinal) >= 0 || w.IndexOf("口令", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // ---- generic text: tokens, private keys, paired secrets, credential URIs, connection strings ----

        // Large files are scanned in overlapping blocks so that each regex run stays far below its timeout;
        // the overlap is larger than any token or PEM key, and duplicates collapse because spans overlap.
        private const int BlockSize = 128 * 1024;
        private const int BlockOverlap = 16 * 1024;

        private static IEnumerable<(int Start, string Text)> Blocks(string text)
        {
            if (text.Length <= BlockSize + BlockOverlap)
            {
                yield return (0, text);
                yield break;
            }

            for (var start = 0; start < text.Length; start += BlockSize)
            {
                var length = Math.Min(BlockSize + BlockOverlap, text.Length - start);
                yield return (start, text.Substring(start, length));
            }
        }

        private static void ScanGeneric(Context ctx)
        {
            var text = ctx.Text;
            var uriRule = ctx.IsConfig ? RuleConfig : RuleConnection;

            // Every match of this pass goes through here, so a value on a line that names it a fake (TEST_FAKE_…) is
            // skipped whatever found it: a provider token, a paired key, a URI or connection-string password.
            void Add(string ruleId, int at, int length, string kind, string kindZh, string masked, bool ordinalIfNew, string? precision = null)
            {
                if (NamedFakeOnLine(text, at))
                {
                    return;
                }

                var anchor = ordinalIfNew ? ctx.NextOrdinalAnchorIfNew(at, length, kind) : ctx.NextOrdinalAnchor(kind);
                ctx.Add(ruleId, at, length, kind, kindZh, masked, anchor, precision);
            }

            foreach (var (start, block) in Blocks(text))
            {
                foreach (var t in KnownTokens.Find(block))
                {
                    Add(RuleToken, start + t.Index, t.Length, t.Kind, t.KindZh, t.Masked, ordinalIfNew: true);
                }

                foreach (var t in KnownTokens.FindPaired(block))
                {
                    Add(RuleToken, start + t.Index, t.Length, t.Kind, t.KindZh, t.Masked, ordinalIfNew: true);
                }

                foreach (var s in ConnectionStrings.FindUriCredentials(block))
                {
                    Add(uriRule, start + s.Index, s.Length, s.Kind, s.KindZh, SecretMask.Mask(string.Empty, s.Length), ordinalIfNew: true,
                        ctx.IsConfig && ctx.InComment(start + s.Index) ? "low" : null);
                }

                // "curl https://oapi.example.com/robot/send?access_token=9f…" in a CI script or a proxy config: a
                // credential-named query parameter with a random value, as C# URL constants are read (medium: name + shape).
                foreach (var q in UrlQueryCredentials.FindAll(block))
                {
                    Add(ctx.IsConfig ? RuleConfig : RuleToken, start + q.Index, q.Length, "URL query credential (" + q.Name + ")", "URL 查询参数中的凭据（" + q.Name + "）",
                        SecretMask.Mask(string.Empty, q.Length), ordinalIfNew: true, ctx.InComment(start + q.Index) ? "low" : "medium");
                }
            }

            // proxy_set_header Authorization "Basic d2Vh…"; curl -H "Authorization: Bearer 9f…": a credential sent on every request
            foreach (var (start, block) in Blocks(text))
            {
                foreach (var h in AuthorizationHeaders.FindAll(block))
                {
                    var at = start + h.Index;
                    Add(ctx.IsConfig ? RuleConfig : RuleToken, at, h.Length, "Authorization header credential (" + h.Scheme + ")", "Authorization 请求头中的凭据（" + h.Scheme + "）",
                        SecretMask.Mask(string.Empty, h.Length), ordinalIfNew: true, ctx.InComment(at) ? "low" : "medium");
                }

                // proxy_set_header X-Api-Key "ocr-5d…"; header_up X-Seq-ApiKey "…"; @{ "X-Station-Token" = "…" }: a custom
                // credential header with a random literal value
                foreach (var h in ctx.IsLocaleResource ? Array.Empty<(int, int, string)>() : CredentialHeaders.FindAll(block, ctx.IsConfig))
                {
                    var at = start + h.Index;
                    Add(ctx.IsConfig ? RuleConfig : RuleToken, at, h.Length, "credential header (" + h.Header + ")", "凭据请求头（" + h.Header + "）",
                        SecretMask.Mask(string.Empty, h.Length), ordinalIfNew: true, ctx.InComment(at) ? "low" : "medium");
                }

                // sshpass -p "…", redis-cli -a '…', ConvertTo-SecureString "…" -AsPlainText, curl -d "client_secret=…": the
                // tool's flag says the next word is a password (a how-to page's example is low)
                foreach (var c in CommandLineCredentials.FindAll(block))
                {
                    var at = start + c.Index;
                    var password = c.Kind == "password";
                    Add(ctx.IsConfig ? RuleConfig : RuleToken, at, c.Length, password ? "command-line password" : "command-line secret", password ? "命令行密码" : "命令行密钥",
                        SecretMask.Mask(string.Empty, c.Length), ordinalIfNew: true, ctx.InComment(at) || ctx.IsDocumentationPage ? "low" : null);
                }

                // if ($http_x_reader_key != "e1b7…") { return 403; }: the shared key every client sends
                foreach (var h in HeaderComparisons.FindAll(block))
                {
                    var at = start + h.Index;
                    Add(ctx.IsConfig ? RuleConfig : RuleToken, at, h.Length, "shared header key (" + h.Header + ")", "共享请求头密钥（" + h.Header + "）",
                        SecretMask.Mask(string.Empty, h.Length), ordinalIfNew: true, ctx.InComment(at) ? "low" : "medium");
                }
            }

            if (text.IndexOf('=') < 0)
            {
                return;
            }

            // connection strings: judged line by line so that unrelated key=value lines do not combine
            var lineStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                if (lineEnd - lineStart > 8 && lineEnd - lineStart < 8192)
                {
                    var line = text.Substring(lineStart, lineEnd - lineStart);
                    if (line.IndexOf(';') >= 0)
                    {
                        foreach (var segment in QuotedOrWhole(line))
                        {
                            if ((ctx.IsCiPipeline || ctx.IsDocumentationPage) && ConnectionStrings.NamesLoopbackHost(segment.Value))
                            {
                                continue; // the CI job's own service container (see HandleValue); a how-to's local setup example
                            }

                            foreach (var s in ConnectionStrings.FindPasswords(segment.Value))
                            {
                                var at = lineStart + segment.Index + s.Index;
                                // commented out, it is a sample — unless its host is a public IP address: then it is the
                                // credential of a server anyone can reach, whether or not this file still uses it
                                Add(uriRule == RuleConfig ? RuleConfig : RuleConnection, at, s.Length, s.Kind, s.KindZh, SecretMask.Mask(string.Empty, s.Length), ordinalIfNew: false,
                                    ctx.IsConfig && ctx.InComment(at) && !ConnectionStrings.NamesPublicIpHost(segment.Value) ? "low" : null);
                            }
                        }
                    }
                }

                lineStart = lineEnd + 1;
            }
        }

        /// <summary>
        /// A token assigned on its own line to a name marked as a fake (<c>const TEST_FAKE_RSA_KEY_0: &amp;str = "-----BEGIN…</c>
        /// in a Rust, Go or Python file): a test double, as <see cref="Placeholders.IsFakeName"/> says for configuration keys.
        /// </summary>
        private static bool NamedFakeOnLine(string text, int offset)
        {
            var lineStart = offset <= 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
            var i = lineStart;
            while (i < offset)
            {
                while (i < offset && !(char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                var wordStart = i;
                while (i < offset && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                if (i > wordStart && Placeholders.IsFakeName(text.Substring(wordStart, i - wordStart)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly Regex Quoted = RegexDefaults.Create(@"""(?<v>[^""\r\n]{8,})""|'(?<v>[^'\r\n]{8,})'");

        private static IEnumerable<(int Index, string Value)> QuotedOrWhole(string line)
        {
            var matches = RegexDefaults.SafeMatches(Quoted, line);
            if (matches == null || matches.Count == 0)
            {
                yield return (0, line);
                yield break;
            }

            foreach (Match m in matches)
            {
                var g = m.Groups["v"];
                yield return (g.Index, g.Value);
            }
        }

        // ---- structured formats: the walkers (Compliance.Analyzers.Documents) locate values; the decisions are here ----

        private static void ScanJson(Context ctx)
        {
            var values = JsonTextWalker.Walk(ctx.Text).ToList();
            var typed = TypedCredentialObjects(values);
            var consulKeys = ConsulKvObjects(values);
            foreach (var v in values)
            {
                if (consulKeys.Count > 0 && v.Key.Equals("value", StringComparison.OrdinalIgnoreCase) && consulKeys.TryGetValue(ParentAnchor(v.Anchor), out var kvKey)
                    && HandleConsulKvValue(ctx, v, kvKey))
                {
                    continue;
                }

                // Keycloak's realm export: "credentials": [ { "type": "password", "value": "…" } ] — the object's type
                // names what its plain "value" is (a hashed credential has secretData/credentialData instead)
                var key = typed.Count > 0 && v.Key == "value" && typed.TryGetValue(ParentAnchor(v.Anchor), out var type) ? type : v.Key;
                if (IsOneEscapedCharacter(v.Raw))
                {
                    continue;
                }

                HandleValue(ctx, v.Anchor, key, v.Offset, v.Raw);
            }
        }

        /// <summary>
        /// "user-password": "\uE7CD" — an icon-font map (icon name → glyph): the value is one character written as a
        /// JSON escape (or a surrogate pair), whatever its key says; one character is never a credential.
        /// </summary>
        internal static bool IsOneEscapedCharacter(string raw) => OneEscapedCharacter.IsMatch(raw);

        private static readonly Regex OneEscapedCharacter = RegexDefaults.Create(@"^(?:\\u(?![Dd][89ABab])[0-9A-Fa-f]{4}|\\u[Dd][89ABab][0-9A-Fa-f]{2}\\u[Dd][C-Fc-f][0-9A-Fa-f]{2})$");

        /// <summary>
        /// <c>consul kv export</c> output (and the KV HTTP API's answers): <c>[ { "key": "app/appsettings", "flags": 0,
        /// "value": "&lt;base64&gt;" } ]</c>. Returns the anchors of objects with a path-like <c>key</c> and a <c>value</c>.
        /// </summary>
        private static Dictionary<string, string> ConsulKvObjects(List<ConfigValue> values)
        {
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var v in values)
            {
                if (v.Key.Equals("key", StringComparison.OrdinalIgnoreCase) && v.Raw.Length > 0 && v.Raw.IndexOf(' ') < 0 && v.Anchor.IndexOf(':') > 0)
                {
                    keys[ParentAnchor(v.Anchor)] = v.Raw;
                }
            }

            return keys;
        }

        [ThreadStatic]
        private static bool inConsulValue;

        /// <summary>
        /// A Consul KV value is base64: decode it and scan the text as the configuration it is (JSON when it is an
        /// object); when that finds a secret, the whole encoded value is reported once (its decoded characters are never
        /// output, and the encoded ones are masked as any value). True when it was reported.
        /// </summary>
        private static bool HandleConsulKvValue(Context ctx, ConfigValue v, string kvKey)
        {
            if (inConsulValue || v.Raw.Length < 16 || v.Raw.Length % 4 != 0 || v.Raw.Length > 1024 * 1024)
            {
                return false;
            }

            string decoded;
            try
            {
                decoded = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(v.Raw));
            }
            catch (FormatException)
            {
                return false;
            }
            catch (ArgumentException)
            {
                return false;
            }

            var trimmed = decoded.TrimStart();
            var path = trimmed.StartsWith("{", StringComparison.Ordinal) ? "consul/appsettings.json" : "consul/kv.txt";
            IReadOnlyList<SecretMatch> inner;
            inConsulValue = true;
            try
            {
                inner = Scan(path, decoded, null);
            }
            finally
            {
                inConsulValue = false;
            }

            var first = inner.FirstOrDefault(m => m.Precision != "low");
            if (first == null)
            {
                return false;
            }

            // SecretMatch carries the kind in English only: the Chinese message names it by its class, not by the English word
            var kindZh = (first.Kind.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0 ? "密码" : "密钥") + "（Base64 编码的 Consul KV 值）";
            ctx.Add(RuleConfig, v.Offset, v.Raw.Length, first.Kind + " (base64 Consul KV value)", kindZh,
                    SecretMask.Mask(string.Empty, v.Raw.Length), kvKey);
            return true;
        }

        /// <summary>Anchors of JSON objects whose <c>type</c> is a secret's name ("password", "secret"), with that name.</summary>
        private static Dictionary<string, string> TypedCredentialObjects(List<ConfigValue> values)
        {
            var typed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var v in values)
            {
                if (v.Key == "type" && (v.Raw == "password" || v.Raw == "secret"))
                {
                    typed[ParentAnchor(v.Anchor)] = v.Raw;
                }
            }

            return typed;
        }

        private static string ParentAnchor(string anchor)
        {
            var i = anchor.LastIndexOf(':');
            return i < 0 ? string.Empty : anchor.Substring(0, i);
        }

        private static void ScanXml(Context ctx)
        {
            foreach (var v in XmlTextWalker.Walk(ctx.Text))
            {
                var el = v.Element ?? string.Empty;
                var n = v.Attribute ?? string.Empty;
                if (!v.Keyed && el.Equals("machineKey", StringComparison.OrdinalIgnoreCase) && (n.Equals("validationKey", StringComparison.OrdinalIgnoreCase) || n.Equals("decryptionKey", StringComparison.OrdinalIgnoreCase)))
                {
                    if (v.Raw.Length >= 16 && v.Raw.IndexOf("AutoGenerate", StringComparison.OrdinalIgnoreCase) < 0 && !Placeholders.IsPlaceholder(v.Raw))
                    {
                        ctx.Add(RuleConfig, v.Offset, v.Raw.Length, "machineKey " + n, "machineKey " + n, SecretMask.Mask(string.Empty, v.Raw.Length), v.Anchor);
                    }
                }
                else if (!v.Keyed && n.Equals("value", StringComparison.OrdinalIgnoreCase))
                {
                    // log4net/NLog style <password value="…" />: the element names the value
                    HandleValue(ctx, v.Anchor, el, v.Offset, v.Raw);
                }
                else
                {
                    HandleValue(ctx, v.Anchor, v.Key, v.Offset, v.Raw);
                }
            }
        }

        // Terraform/HCL (`password = "…"` in a resource or a variable's default) and shell scripts (`export DB_PASSWORD=…`,
        // `TOKEN="${TOKEN:-…}"`): one assignment per line, as in .env files, but not configuration for the policy engine.
        private static readonly string[] HclExtensions = { ".tf", ".tfvars", ".hcl" };
        private static readonly string[] ShellExtensions = { ".sh", ".bash", ".zsh" };

        private static string Extension(string path) => Path.GetExtension(path.Replace('\\', '/')).ToLowerInvariant();

        private static bool IsHcl(string path) => Array.IndexOf(HclExtensions, Extension(path)) >= 0;

        private static bool IsAssignmentScript(string path) => IsHcl(path) || Array.IndexOf(ShellExtensions, Extension(path)) >= 0;

        // ${NAME:-default}, ${NAME-default}, ${NAME:=default}: the value used when the variable is not set
        private static readonly Regex ShellDefault = RegexDefaults.Create(@"^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=](?<v>[^}\s]+)\}$");

        private static void ScanAssignments(Context ctx, bool hcl)
        {
            foreach (var v in KeyValueTextWalker.Walk(ctx.Text))
            {
                if (ctx.InComment(v.Offset))
                {
                    continue;
                }

                var raw = v.Raw;
                var offset = v.Offset;
                var quote = offset > 0 ? ctx.Text[offset - 1] : '\0';
                var quoted = quote == '"' || quote == '\'';
                if (hcl && !quoted)
                {
                    // HCL writes every literal string in quotes: `secrets = concat(…)`, `password = var.db_password` are expressions
                    continue;
                }

                // an unquoted shell value ends at the first blank: `PASSWORD=x npx playwright test` sets x for one command
                var blank = quoted ? -1 : raw.IndexOfAny(new[] { ' ', '\t' });
                if (blank > 0)
                {
                    raw = raw.Substring(0, blank);
                }

                var d = ShellDefault.Match(raw);
                if (d.Success)
                {
                    offset += d.Groups["v"].Index;
                    raw = d.Groups["v"].Value;
                }
                else if (quote != '\'' && raw.IndexOf('$') >= 0)
                {
                    // `token="$token$char"`, `"${var.key}"`, `$(cat key.txt)`: expanded at run time, not a value written here
                    // (inside single quotes a shell keeps `$` as it is)
                    continue;
                }

                HandleValue(ctx, v.Anchor, v.Key, offset, raw);
            }
        }

        private static void ScanKeyValue(Context ctx)
        {
            foreach (var v in KeyValueTextWalker.Walk(ctx.Text))
            {
                HandleValue(ctx, v.Anchor, v.Key, v.Offset, v.Raw);
            }
        }

        // Kubernetes env entries pair "- name: DB_PASSWORD" with its "value:" only when the name names a secret.
        private static readonly Func<string, bool> PairEnvName = SecretNames.IsSecretName;

        private static void ScanYaml(Context ctx)
        {
            var values = YamlTextWalker.Walk(ctx.Text, PairEnvName).ToList();
            if (ctx.IsCiPipeline)
            {
                ctx.CiServiceImages = LocalOnlyCredentials.ServiceImagesByJob(values.Select(v => (v.Anchor, v.Raw)));
            }

            foreach (var v in values)
            {
                if (v.SecretSection != null)
                {
                    HandleSecretDataValue(ctx, v.Anchor, v.Key, v.Offset, v.Raw, v.SecretSection == "data");
                }
                else
                {
                    HandleValue(ctx, v.Anchor, v.Key, v.Offset, v.Raw);
                }
            }

            ScanCommandLineFlags(ctx);
        }

        // redis-server --requirepass VALUE, --masterauth=VALUE, mysqld --password VALUE: a password flag on a command line
        // (compose `command:`, a container's `args:`), in flow-list, block-list or plain-string form. The value is the
        // next token: quoted or bare, after `=`, spaces, or a list's `", "`.
        private static readonly Regex PasswordFlag = RegexDefaults.Create(
            @"(?<![\w-])--(?<flag>requirepass|masterauth|password|passwd|pass|auth-token|api-key|secret)(?:=|[ \t]+|[""']?[ \t]*,[ \t]*|[""']?[ \t]*\r?\n[ \t]*-[ \t]+)[""']?(?<value>[^\s""',\]\[]+)",
            RegexOptions.IgnoreCase);

        /// <summary>
        /// A password given as a command-line flag in a YAML file (compose `command:`, Kubernetes `args:`): the value is
        /// the password whatever key holds the list, so the flag's name is the evidence. References (`$REDIS_PASSWORD`,
        /// `${VAR}`, `$(VAR)`) and placeholders keep the usual plausibility checks.
        /// </summary>
        private static void ScanCommandLineFlags(Context ctx)
        {
            // a timeout reads as no match: a hostile file must not end the scan of the others
            var matches = RegexDefaults.SafeMatches(PasswordFlag, ctx.Text);
            if (matches == null)
            {
                return;
            }

            foreach (Match m in matches)
            {
                var value = m.Groups["value"];
                var flag = m.Groups["flag"].Value.ToLowerInvariant();
                if (value.Value.StartsWith("$", StringComparison.Ordinal) || value.Value.StartsWith("-", StringComparison.Ordinal) ||
                    ctx.InComment(value.Index) || !SecretNames.IsPlausibleSecretValue(value.Value, "password"))
                {
                    continue;
                }

                var isPassword = flag != "auth-token" && flag != "api-key" && flag != "secret";
                ctx.Add(RuleConfig, value.Index, value.Length, isPassword ? "password" : "secret", isPassword ? "密码" : "密钥",
                        SecretMask.Mask(string.Empty, value.Length), "command:--" + flag);
            }
        }

        // Kubernetes Secret data/stringData: keys that name connection details, not credentials.
        private static readonly HashSet<string> NotSecretInSecret = new HashSet<string>(StringComparer.Ordinal)
        {
            "user", "username", "login", "host", "hostname", "port", "database", "db", "name", "url", "uri", "endpoint", "region",
            "namespace", "email", "server", "address", "bucket", "schema", "mode", "type", "id",
        };

        private static void HandleSecretDataValue(Context ctx, string anchor, string key, int index, string raw, bool base64)
        {
            string? decoded = raw;
            if (base64)
            {
                try
                {
                    decoded = Encoding.UTF8.GetString(Convert.FromBase64String(raw));
                }
                catch (FormatException)
                {
                    decoded = null;
                }
            }

            if (decoded == null)
            {
                return;
            }

            var words = SecretNames.SplitWords(key);
            var harmless = !SecretNames.IsSecretName(key) && words.Exists(w => NotSecretInSecret.Contains(w));
            if (harmless || decoded.Trim().Length < 3 || Placeholders.IsPlaceholder(decoded) || SecretNames.IsPromptOrMessage(decoded))
            {
                return;
            }

            HandleValue(ctx, anchor, key, index, raw, forceSecret: true, decoded: decoded);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>A provider token found in a piece of text (offsets are into that text).</summary>
    public sealed class TokenHit
    {
        public TokenHit(int index, int length, string kind, string kindZh, string publicPrefix)
        {
            Index = index;
            Length = length;
            Kind = kind;
            KindZh = kindZh;
            PublicPrefix = publicPrefix;
        }

        public int Index { get; }
        public int Length { get; }

        /// <summary>English name of the token kind, e.g. "AWS access key ID".</summary>
        public string Kind { get; }
        public string KindZh { get; }

        /// <summary>The documented, non-secret marker the token starts with ("AKIA", "ghp_"), or empty.</summary>
        public string PublicPrefix { get; }

        /// <summary>"AKIA…(len 20)": the only form of a token any output may show.</summary>
        public string Masked => SecretMask.Mask(PublicPrefix, Length);
    }

    /// <summary>Masked forms used in every message: a documented public prefix and the length, never other characters.</summary>
    public static class SecretMask
    {
        public static string Mask(string publicPrefix, int length) => publicPrefix + "…(len " + length + ")";
    }

    /// <summary>
    /// Provider token formats with structure checks (GitHub CRC32, JWT header, PEM body) and, for providers whose
    /// secret half has no marker, ID+secret pairing: the secret is reported only near its provider's ID.
    /// </summary>
    public static class KnownTokens
    {
        private sealed class Pattern
        {
            public Pattern(string kind, string kindZh, string regex, Func<string, string> prefix, Func<string, bool>? validate = null, RegexOptions options = RegexOptions.None)
            {
                Kind = kind;
                KindZh = kindZh;
                Regex = RegexDefaults.Create(regex, options);
                Prefix = prefix;
                Validate = validate;
            }

            public string Kind { get; }
            public string KindZh { get; }
            public Regex Regex { get; }
            public Func<string, string> Prefix { get; }
            public Func<string, bool>? Validate { get; }
        }

        private static Func<string, string> First(int n) => s => s.Substring(0, Math.Min(n, s.Length));
        private static Func<string, string> Fixed(string p) => _ => p;
        private static readonly Func<string, string> None = _ => string.Empty;

        // Boundaries: a token must not be glued to other token characters (avoids matching inside longer base64 blobs).
        private const string L = @"(?<![A-Za-z0-9_+/-])";
        private const string R = @"(?![A-Za-z0-9_+/=-])";

        private static readonly Pattern[] Patterns =
        {
            new Pattern("AWS access key ID", "AWS 访问密钥 ID", L + @"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}" + R, First(4)),
            new Pattern("GitHub token", "GitHub 令牌", L + @"gh[pousr]_[A-Za-z0-9]{36}" + R, First(4), GitHubTokenChecksum.IsValid),
            new Pattern("GitHub fine-grained token", "GitHub 细粒度令牌", L + @"github_pat_[A-Za-z0-9_]{82}" + R, Fixed("github_pat_")),
            new Pattern("Slack token", "Slack 令牌", L + @"xox[abposr]-(?:[0-9]+-){1,3}[A-Za-z0-9-]{10,}" + R, First(5)),
            new Pattern("Slack app token", "Slack 应用令牌", L + @"xapp-[0-9]-[A-Z0-9]{6,}-[0-9]{6,}-[a-f0-9]{32,}" + R, Fixed("xapp-")),
            new Pattern("Slack webhook URL", "Slack Webhook 地址", @"https://hooks\.slack\.com/(?:services|workflows)/T[A-Z0-9]{6,}/[AB][A-Z0-9]{6,}/[A-Za-z0-9]{20,}", Fixed("https://hooks.slack.com/")),
            new Pattern("Stripe secret key", "Stripe 密钥", L + @"(?:sk|rk)_(?:test|live)_[0-9A-Za-z]{16,}" + R, s => s.Substring(0, s.IndexOf('_', 3) + 1)),
            new Pattern("Stripe webhook secret", "Stripe Webhook 密钥", L + @"whsec_[A-Za-z0-9+/]{24,}" + R, Fixed("whsec_")),
            new Pattern("Google API key", "Google API 密钥", L + @"AIza[0-9A-Za-z_-]{35}" + R, First(4)),
            new Pattern("Azure storage account key", "Azure 存储账户密钥", @"(?i:AccountKey)\s*=\s*[A-Za-z0-9+/]{86}==", Fixed("AccountKey=")),
            // Microsoft "identifiable keys": a 4-character provider signature at a fixed offset (64-byte keys: after 76
            // characters, then 5 characters and one of [AQgw] before "=="; 32-byte keys: after 33 characters, then [A-P]).
            new Pattern("Azure identifiable key", "Azure 可识别密钥", L + @"[A-Za-z0-9/+]{76}(?:\+ASt|\+ABa|ACDb|\+AMC|APIM|AzCa|\+ASb|\+AEh|\+ARm|AIoT|AzSe|\+ACR|\+SQL|AzFu)[A-Za-z0-9/+]{5}[AQgw]==" + R, None),
            new Pattern("Azure identifiable key", "Azure 可识别密钥", L + @"[A-Za-z0-9/+_-]{33}(?:AzFu|AzSe|\+ASb|\+AEh|\+ARm|AIoT|\+ACR|AZEG|AzCa|APIM)[A-P][A-Za-z0-9/+_-]{5}=" + R, None),
            new Pattern("Microsoft Entra client secret", "Microsoft Entra 客户端密钥", L + @"[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}" + R, None),
            new Pattern("private key (PEM)", "私钥 (PEM)", @"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|[\s])+[A-Za-z0-9+/=:,\-\s\\]{40,}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Fixed("-----BEGIN PRIVATE KEY-----")),
            new Pattern("JSON Web Token", "JSON Web 令牌 (JWT)", L + @"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}" + R, First(3), IsJwt),
            new Pattern("Alibaba Cloud AccessKey ID", "阿里云 AccessKey ID", L + @"LTAI[A-Za-z0-9]{12,20}" + R, First(4), HasLetterAndDigit),
            new Pattern("Tencent Cloud SecretId", "腾讯云 SecretId", L + @"AKID[A-Za-z0-9]{32}" + R, First(4), HasLetterAndDigit),
            new Pattern("JD Cloud AccessKey", "京东云 AccessKey", L + @"JDC_[0-9A-F]{28}" + R, First(4)),
            new Pattern("Volcengine AccessKey ID", "火山引擎 AccessKey ID", L + @"AKLT[A-Za-z0-9_-]{20,32}" + R, First(4), HasLetterAndDigit),
            new Pattern("WeCom robot webhook key", "企业微信机器人 Webhook key", @"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Fixed("qyapi.weixin.qq.com/")),
            new Pattern("DingTalk robot access token", "钉钉机器人 access_token", @"oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{64}", Fixed("oapi.dingtalk.com/")),
            new Pattern("DingTalk robot signing secret", "钉钉机器人加签密钥", L + @"SEC[0-9a-f]{64}" + R, First(3)),
            new Pattern("Feishu/Lark bot webhook", "飞书机器人 Webhook", @"open\.(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", s => s.Substring(0, s.IndexOf('/') + 1)),
        };

        /// <summary>IDs that are not secret themselves but reveal which provider a nearby secret belongs to.</summary>
        private sealed class Pairing
        {
            public Pairing(string provider, string providerZh, string idRegex, string secretRegex, string? keyword = null, bool allowHex = true)
            {
                AllowHex = allowHex;
                Kind = provider;
                KindZh = providerZh;
                Id = RegexDefaults.Create(idRegex, keyword == null ? RegexOptions.None : RegexOptions.IgnoreCase);
                Secret = RegexDefaults.Create(secretRegex);
            }

            public string Kind { get; }
            public string KindZh { get; }
            public Regex Id { get; }
            public Regex Secret { get; }

            /// <summary>False where real secrets are base62/base64: a 40-hex run there is a commit SHA or a digest.</summary>
            public bool AllowHex { get; }
        }

        private static readonly Pairing[] Pairings =
        {
            new Pairing("AWS secret access key", "AWS 秘密访问密钥", L + @"(?:AKIA|ASIA)[A-Z2-7]{16}" + R, L + @"[A-Za-z0-9/+]{40}" + R, allowHex: false),
            new Pairing("Alibaba Cloud AccessKey secret", "阿里云 AccessKey Secret", L + @"LTAI[A-Za-z0-9]{12,20}" + R, L + @"[A-Za-z0-9]{30}" + R),
            new Pairing("Tencent Cloud SecretKey", "腾讯云 SecretKey", L + @"AKID[A-Za-z0-9]{32}" + R, L + @"[A-Za-z0-9]{32}" + R),
            new Pairing("Volcengine secret access key", "火山引擎 SecretAccessKey", L + @"AKLT[A-Za-z0-9_-]{20,32}" + R, L + @"[A-Za-z0-9+/]{40,64}={0,2}" + R, allowHex: false),
            new Pairing("Huawei Cloud secret access key", "华为云 SK", @"huawei|myhuaweicloud|hwcloud|obs\.[a-z0-9-]+\.myhuaweicloud", L + @"[A-Za-z0-9]{40}" + R, "kw", allowHex: false),
            new Pairing("Baidu Cloud secret access key", "百度智能云 SK", @"baidubce|\bbce\b|baidu", L + @"[0-9a-f]{32}" + R, "kw"),
            new Pairing("Qiniu secret key", "七牛云 SecretKey", @"qiniu|qbox", L + @"[A-Za-z0-9_-]{40}" + R, "kw", allowHex: false),
            new Pairing("WeChat AppSecret", "微信 AppSecret", L + @"wx[0-9a-f]{16}" + R, L + @"[0-9a-f]{32}" + R),
            new Pairing("WeCom corpsecret", "企业微信 corpsecret", L + @"ww[0-9a-f]{16}" + R, L + @"[A-Za-z0-9_-]{43}" + R),
            new Pairing("DingTalk AppSecret", "钉钉 AppSecret", L + @"ding[a-z0-9]{16}" + R, L + @"[A-Za-z0-9_-]{64}" + R),
            new Pairing("Feishu/Lark App Secret", "飞书 App Secret", L + @"cli_[0-9a-f]{16}" + R, L + @"[A-Za-z0-9]{32}" + R),
        };

        /// <summary>
        /// Every pattern but the PEM block needs at least 16 characters without whitespace (the
        /// shortest, an Alibaba ID, is LTAI + 12), so text without such a run — log templates,
        /// messages, most literals — skips the ~30 regexes. Checked by DetectionCoreTests.
        /// </summary>
        internal static bool MayHoldToken(string text)
        {
            var run = 0;
            foreach (var c in text)
            {
                run = char.IsWhiteSpace(c) ? 0 : run + 1;
                if (run >= MinimumTokenRun)
                {
                    return true;
                }
            }

            return text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0;
        }

        internal const int MinimumTokenRun = 16;

        /// <summary>Known, self-identifying tokens in <paramref name="text"/>, in order, without overlaps.</summary>
        public static List<TokenHit> Find(string text)
        {
            var hits = new List<TokenHit>();
            if (string.IsNullOrEmpty(text) || text.Length < 8 || !MayHoldToken(text))
            {
                return hits;
            }

            foreach (var p in Patterns)
            {
                var matches = RegexDefaults.SafeMatches(p.Regex, text);
                if (matches == null)
                {
                    continue;
                }

                foreach (Match m in matches)
                {
                    if (p.Validate != null && !p.Validate(m.Value))
                    {
                        continue;
                    }

                    if (Placeholders.IsPlaceholder(m.Value) && !m.Value.StartsWith("-----", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (InUrlNotCredential(text, m.Index))
                    {
                        continue;
                    }

                    Add(hits, new TokenHit(m.Index, m.Length, p.Kind, p.KindZh, p.Prefix(m.Value)));
                }
            }

            hits.Sort((a, b) => a.Index.CompareTo(b.Index));
            return hits;
        }

        /// <summary>
        /// Secrets without a marker of their own, found within <paramref name="window"/> characters of their provider's ID
        /// (or of the provider's name for Huawei, Baidu and Qiniu) and random enough to be generated keys.
        /// </summary>
        public static List<TokenHit> FindPaired(string text, int window = 600)
        {
            var hits = new List<TokenHit>();
            if (string.IsNullOrEmpty(text) || text.Length < 16)
            {
                return hits;
            }

            var known = Find(text);
            foreach (var p in Pairings)
            {
                var ids = RegexDefaults.SafeMatches(p.Id, text);
                if (ids == null || ids.Count == 0)
                {
                    continue;
                }

                var secrets = RegexDefaults.SafeMatches(p.Secret, text);
                if (secrets == null)
                {
                    continue;
                }

                foreach (Match s in secrets)
                {
                    if (!ShannonEntropy.LooksRandom(s.Value, 16) || !HasLetterAndDigit(s.Value) || Placeholders.IsPlaceholder(s.Value) || (!p.AllowHex && IsHex(s.Value))
                        || InUrlNotCredential(text, s.Index))
                    {
                        continue;
                    }

                    var near = false;
                    foreach (Match id in ids)
                    {
                        if (Overlaps(id.Index, id.Length, s.Index, s.Length))
                        {
                            continue;
                        }

                        if (Math.Abs(id.Index - s.Index) <= window)
                        {
                            near = true;
                            break;
                        }
                    }

                    if (near && !OverlapsAny(known, s.Index, s.Length))
                    {
                        Add(hits, new TokenHit(s.Index, s.Length, p.Kind, p.KindZh, string.Empty));
                    }
                }
            }

            hits.Sort((a, b) => a.Index.CompareTo(b.Index));
            return hits;
        }

        /// <summary>
        /// True when a match sits in a URL's path or in a query parameter that is not a credential
        /// (<c>https://cdn.example.com/img/AKIA….png?v=…</c>, an image's <c>?sign=…</c>): a token shape there is a file
        /// name or a cache buster. User-info (<c>https://ghp_…@github.com</c>) and credential-named parameters
        /// (<c>?access_token=</c>, <c>AWSAccessKeyId=</c>, <c>X-Amz-Credential=</c>) still count.
        /// </summary>
        internal static bool InUrlNotCredential(string text, int index)
        {
            var start = index;
            while (start > 0 && index - start < 2048)
            {
                var c = text[start - 1];
                if (char.IsWhiteSpace(c) || c == '"' || c == '\'' || c == '(' || c == '<' || c == '>' || c == '`')
                {
                    break;
                }

                start--;
            }

            var prefix = text.Substring(start, index - start);
            var scheme = prefix.IndexOf("://", StringComparison.Ordinal);
            var authority = scheme + 3;
            if (scheme < 0)
            {
                // a scheme-relative URL ("//hm.baidu.com/hm.js?…" in a script tag)
                if (!prefix.StartsWith("//", StringComparison.Ordinal) || prefix.Length < 3 || !char.IsLetterOrDigit(prefix[2]))
                {
                    return false;
                }

                authority = 2;
            }

            var pathStart = prefix.IndexOf('/', authority);
            if (pathStart < 0)
            {
                // still in the host or the user-info: a credential position
                return false;
            }

            var q = Math.Max(prefix.LastIndexOf('?'), prefix.LastIndexOf('&'));
            if (q > pathStart)
            {
                var eq = prefix.IndexOf('=', q);
                if (eq < 0)
                {
                    // a bare query value ("hm.js?<site id>", "app.js?<build hash>"): a cache buster or a public id
                    return true;
                }

                var name = prefix.Substring(q + 1, eq - q - 1);
                return name.Length > 0 && !SecretNames.IsSecretName(name) && !IsCredentialParameter(name);
            }

            return true;
        }

        private static bool IsCredentialParameter(string name)
        {
            var lower = name.ToLowerInvariant();
            return lower.IndexOf("credential", StringComparison.Ordinal) >= 0 || lower.IndexOf("key", StringComparison.Ordinal) >= 0
                   || lower.IndexOf("token", StringComparison.Ordinal) >= 0 || lower.IndexOf("secret", StringComparison.Ordinal) >= 0
                   || lower.IndexOf("pass", StringComparison.Ordinal) >= 0 || lower == "auth";
        }

        private static void Add(List<TokenHit> hits, TokenHit hit)
        {
            if (!OverlapsAny(hits, hit.Index, hit.Length))
            {
                hits.Add(hit);
            }
        }

        private static bool OverlapsAny(List<TokenHit> hits, int index, int length)
        {
            foreach (var h in hits)
            {
                if (Overlaps(h.Index, h.Length, index, length))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Overlaps(int a, int alen, int b, int blen) => a < b + blen && b < a + alen;

        private static bool IsHex(string s)
        {
            foreach (var c in s)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool HasLetterAndDigit(string s)
        {
            bool letter = false, digit = false;
            foreach (var c in s)
            {
                letter |= char.IsLetter(c);
                digit |= char.IsDigit(c);
            }

            return letter && digit;
        }

        private static bool IsJwt(string token)
        {
            var dot = token.IndexOf('.');
            if (dot <= 0)
            {
                return false;
            }

            try
            {
                var header = token.Substring(0, dot).Replace('-', '+').Replace('_', '/');
                header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
                var json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
                return json.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0 || json.IndexOf("\"typ\"", StringComparison.Ordinal) >= 0;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}

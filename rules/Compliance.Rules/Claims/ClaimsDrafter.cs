namespace Compliance.Rules.Claims;

using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Catalog;

/// <summary>
/// <c>compliance claims init WHITEPAPER</c>: drafts a claims profile (same schema as
/// rules/profiles/*.yaml) from a whitepaper in Markdown or plain text, Chinese or English. It finds
/// the sections (numbered headings such as "2.3 SSL/TLS 全程加密", Markdown headings), detects the
/// promises in each by keyword and links them to catalog controls, for a person to review.
/// </summary>
/// <remarks>
/// A promise counts when one of its keywords is in the section's heading, or when its keywords occur
/// in the body at least twice (once, in a short section of under 400 characters): a single passing
/// mention ("…建议启用两步验证") in a long section about something else is advice, not a promise of
/// that section, while every sentence of a short section is a promise.
/// </remarks>
public static partial class ClaimsDrafter
{
    public const string DefaultProfileId = "whitepaper-claims";

    /// <summary>Below this many characters a section's every keyword mention counts as a promise.</summary>
    private const int ShortSection = 400;

    /// <summary>A detected section and what was found in it.</summary>
    public sealed record DraftClaim(string Id, string Title, IReadOnlyList<string> Promises, IReadOnlyList<string> Controls,
        IReadOnlyList<LocalizedText> Manual, LocalizedText? Note)
    {
        /// <summary>The explicit id of each manual item (<c>&lt;claim&gt;/&lt;promise&gt;</c>), which compliance.yaml evidence entries name.</summary>
        public IReadOnlyList<string> ManualIds { get; init; } = [];
    }

    public static string Draft(string whitepaperText, string profileId = DefaultProfileId) =>
        ToYaml(Analyse(whitepaperText), DocumentTitle(whitepaperText), profileId);

    /// <summary>Sections and their promises, in document order.</summary>
    public static IReadOnlyList<DraftClaim> Analyse(string whitepaperText)
    {
        var claims = new List<DraftClaim>();
        foreach (var section in Sections(whitepaperText))
        {
            var found = Promises.Where(p => p.Matches(section.Title, section.Body)).ToList();
            found.RemoveAll(p => found.Any(q => q.Replaces == p.Id)); // e.g. operations permissions are not endpoint authorization
            found.RemoveAll(p => p.Requires is { } r && found.All(q => q.Id != r));
            var controls = found.SelectMany(p => p.Controls).Distinct(StringComparer.Ordinal).ToList();
            var withManual = found.Where(p => p.Manual is not null).DistinctBy(p => p.Manual).ToList();
            var manual = withManual.Select(p => p.Manual!).ToList();
            var manualIds = withManual.Select(p => $"{section.Id}/{p.Id}").ToList();
            if (found.Count == 0) { manual.Add(ReviewManually); manualIds.Add($"{section.Id}/review"); }
            var notes = found.Select(p => p.Note?.Invoke(section.Title + "\n" + section.Body)).OfType<LocalizedText>().ToList();
            LocalizedText? note = notes.Count == 0 ? null
                : new LocalizedText(string.Join(" ", notes.Select(n => n.Zh)), string.Join(" ", notes.Select(n => n.En)));
            claims.Add(new DraftClaim(section.Id, section.Title, found.Select(p => p.Id).ToList(), controls, manual, note) { ManualIds = manualIds });
        }
        return claims;
    }

    // ---------------------------------------------------------------- promises

    private sealed record Promise(string Id, string[] Keywords, string[] Controls, LocalizedText? Manual = null,
        string[]? HeadingOnly = null, Func<string, LocalizedText?>? Note = null, string? Replaces = null, string? Requires = null)
    {
        public bool Matches(string heading, string body) =>
            Count(heading, Keywords.Concat(HeadingOnly ?? [])) >= 1 || Count(body, Keywords) >= (body.Length < ShortSection ? 1 : 2);
    }

    private static readonly LocalizedText ReviewManually = new(
        "未识别到可自动核查的承诺：请补充对应的控制项，或列出证明材料",
        "No automatically checkable promise recognised: link controls or list the documentary evidence");

    // Keywords: ASCII ones match case-insensitively as whole words; a trailing '*' allows any ending.
    private static readonly Promise[] Promises =
    [
        new("high-availability", ["高可用", "热冗余", "多副本", "主从", "故障切换", "故障转移", "单点故障", "high availability", "highly available",
            "failover", "fail over", "replica*", "redundan*"], ["ctl-datastore-ha"]),
        new("backup", ["异地备份", "异地", "多地域", "多机房", "定期备份", "每天备份", "每日备份", "全量备份", "增量备份", "备份策略",
            "off-site", "offsite", "daily backup*", "backup retention", "geo-redundant", "cross-region"],
            ["ctl-backup-daily-retained-offsite"], HeadingOnly: ["备份", "容灾", "backup*", "disaster recovery"], Note: OffshoreNote),
        new("tls", ["SSL", "TLS", "HTTPS", "全程加密", "传输加密", "加密传输", "in transit"], ["ctl-tls-in-transit"]),
        // What a TLS promise says about certificates (peer identity) and algorithms (profile v2, 2.3); only beside a
        // TLS promise, so "AES" in an encryption-at-rest section links no cipher suites.
        new("tls-certificates", ["证书", "中间人", "certificate*", "man-in-the-middle", "MITM"], ["ctl-tls-certificate-validation"], Requires: "tls"),
        new("tls-ciphers", ["加密算法", "加密套件", "密码套件", "AES", "RSA", "ECDHE", "cipher*", "encryption algorithm*"],
            ["ctl-tls-strong-cipher-suites"], Requires: "tls"),
        new("encryption-at-rest", ["加密存储", "存储加密", "静态加密", "at rest", "encrypted storage"],
            ["ctl-strong-crypto-algorithms", "ctl-no-hardcoded-secrets"],
            new("静态加密（数据库、存储卷或字段级加密）及密钥管理的证明材料", "Evidence of encryption at rest (database, volume or field-level) and of key management")),
        new("password-hashing", ["bcrypt", "scrypt", "argon2*", "pbkdf2", "加盐", "盐", "哈希", "散列", "彩虹表", "账号加密", "密码加密", "口令加密",
            "hash*", "salt*", "rainbow table*", "SHA-256", "SHA256", "SHA-1", "MD5"],
            ["ctl-password-slow-salted-hash", "ctl-strong-kdf"], Note: PasswordNote),
        new("secret-management", ["密钥管理", "硬编码", "KMS", "密钥保管", "key management", "secret*", "vault", "hard-coded", "hardcoded"],
            ["ctl-no-hardcoded-secrets"]),
        new("masking", ["脱敏", "掩码", "打码", "去标识化", "匿名化", "mask*", "redact*", "de-identif*", "anonymi*", "pseudonymi*"],
            ["ctl-pii-masked-in-logs", "ctl-pii-minimised-in-responses", "ctl-pii-protected-in-storage", "ctl-no-real-pii-in-code"]),
        new("allowlist", ["白名单", "允许列表", "IP限制", "IP 限制", "授权IP", "来源地址", "allowlist*", "allow-list*", "whitelist*",
            "IP restriction*", "trusted network*", "approved network*"], ["ctl-admin-network-allowlist"]),
        new("closed-ports", ["端口", "安全组", "内网", "port", "ports", "security group*", "private network*"], ["ctl-datastore-network-isolation"]),
        new("ssh-key-login", ["密钥登录", "密钥认证", "公钥", "禁止密码登录", "禁用密码登录", "SSH key*", "key-based", "public key*", "key-only", "key pair*"],
            ["ctl-ssh-key-only-login", "ctl-ssh-no-root-password"]),
        new("login-failure-limits", ["暴力破解", "登录失败次数", "失败次数", "账户锁定", "账号锁定", "brute force", "brute-force", "lockout",
            "failed login attempt*", "MaxAuthTries"], ["ctl-login-failure-limits"]),
        new("mfa", ["双因素", "双因子", "多因素", "多因子", "两步验证", "二次验证", "动态口令", "2FA", "MFA", "OTP", "TOTP",
            "two-factor", "multi-factor", "2-step", "two-step"], ["ctl-mfa-remote-admin"]),
        new("login-logs", ["登录日志", "审计日志", "操作日志", "login log*", "audit log*", "audit trail*", "access log*"],
            ["ctl-app-login-failure-logging", "ctl-login-audit-logging"], HeadingOnly: ["审计", "登录记录", "audit*", "login history"]),
        new("password-policy", ["强密码", "密码策略", "口令策略", "密码复杂度", "口令复杂度", "复杂密码", "密码长度", "口令长度",
            "password polic*", "password complexity", "strong password*", "password length", "minimum length"], ["ctl-password-policy"]),
        // Promises partly checkable (code and configuration), partly proven only by documents.
        new("access-control", ["访问控制", "最小权限", "权限控制", "权限分级", "权限管理", "RBAC", "least privilege", "role-based", "access control*"],
            ["ctl-endpoint-authorization"],
            new("角色与权限矩阵、权限审批记录和定期权限审查记录", "Role and permission matrix, access approvals and periodic access reviews")),
        // Operators' access to servers and clusters, not the application's endpoints: it replaces access-control.
        // Not "运维人员" or "Kubernetes" alone: staff reaching servers over a VPN, or a cluster, is no permission promise.
        new("ops-permissions", ["运维权限", "运维角色", "服务器访问权限", "集群权限", "权限分级制度", "cluster-admin",
            "operations permission*", "operator permission*", "ops access", "production access", "privileged access"],
            ["ctl-k8s-rbac-least-privilege"],
            new("运维角色定义、生产环境访问审批记录和定期权限审查记录", "Operations role definitions, production access approvals and periodic permission reviews"),
            Replaces: "access-control"),
        new("password-reset", ["密码重置", "重置密码", "找回密码", "忘记密码", "密码解锁", "password reset*", "reset password*", "forgot* password*"],
            ["ctl-reset-token-lifetime"],
            new("密码重置流程的设计与测试记录", "Design and test records of the password reset flow")),
        new("remote-logout", ["登出", "注销会话", "退出登录", "强制下线", "log out", "logout", "sign out", "sign-out", "revoke session*"],
            ["ctl-session-revocation"],
            new("远程登出（吊销全部会话）功能的设计与测试记录", "Design and test records of remote sign-out (revoking all sessions)")),
        new("account-freeze", ["冻结", "停用账号", "禁用账号", "freez*", "suspend account*", "account suspension"], ["ctl-account-lockout"],
            new("账号冻结与解冻的操作规程和处置记录", "Procedure and records of freezing and unfreezing accounts")),
        // Promises only documents can prove.
        // Fixing the hole behind an incident is part of the response, not a vulnerability-management promise.
        new("incident-response", ["应急", "演练", "事件响应", "事件处置", "incident*", "emergency", "drill*"], [], Replaces: "vulnerability-management",
            Manual:
            new("应急预案、演练记录和安全事件处置与通知记录", "Emergency plan, drill records, incident handling and notification records")),
        new("vulnerability-management", ["漏洞", "补丁", "渗透测试", "vulnerabilit*", "patch*", "penetration test*"], ["ctl-dependency-vulnerability-audit"],
            new("漏洞扫描报告、修复与复测记录", "Vulnerability scan reports, fix and re-test records")),
    ];

    private static LocalizedText? OffshoreNote(string text) =>
        Count(text, ["国外", "境外", "海外", "overseas", "abroad", "other countries", "outside China", "outside mainland"]) > 0
            ? new("备份存放在境外即向境外提供个人信息，须满足个人信息保护法第三十八至四十条。",
                "Backups kept abroad are a cross-border transfer of personal information under PIPL Arts. 38-40.")
            : null;

    private static LocalizedText? PasswordNote(string text) =>
        Count(text, ["SHA-256", "SHA256", "SHA-1", "MD5", "加密算法", "密码加密", "encrypt*"]) > 0
            ? new("口令应使用加盐慢速哈希（bcrypt、PBKDF2、Argon2id）：SHA-256 等快速哈希不适合口令，哈希也不是“加密”。",
                "Passwords need a salted slow hash (bcrypt, PBKDF2, Argon2id): fast hashes such as SHA-256 are unfit, and hashing is not \"encryption\".")
            : null;

    /// <summary>Occurrences of the keywords at distinct positions (overlaps such as 加盐/盐 count once).</summary>
    private static int Count(string text, IEnumerable<string> keywords)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var k in keywords)
            foreach (Match m in KeywordRegex(k).Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        spans.Sort();
        int count = 0, end = -1;
        foreach (var (s, e) in spans)
        {
            if (s >= end) count++;
            end = Math.Max(end, e);
        }
        return count;
    }

    private static readonly Dictionary<string, Regex> RegexCache = new(StringComparer.Ordinal);

    private static Regex KeywordRegex(string keyword)
    {
        lock (RegexCache)
        {
            if (RegexCache.TryGetValue(keyword, out var cached)) return cached;
            var prefix = keyword.EndsWith('*');
            var word = prefix ? keyword[..^1] : keyword;
            var ascii = word.All(char.IsAscii);
            var parts = word.Split('*').Select(Regex.Escape);
            var pattern = string.Join(@"\w*", parts).Replace(@"\ ", @"\s+");
            if (ascii) pattern = @"(?<![A-Za-z0-9])" + pattern + (prefix ? @"[A-Za-z0-9-]*" : @"(?![A-Za-z0-9])");
            var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            RegexCache[keyword] = regex;
            return regex;
        }
    }

    // ---------------------------------------------------------------- sections

    private sealed record Section(string Id, string Title, int Depth, bool Numbered, int Level, string Body);

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})?\s*(?:第)?(?<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|、|\s)\s*(?<title>\S.*?)\s*$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?:(?<paren>[（(])(?<n>[一二三四五六七八九十]{1,3})[）)]|(?<n>[一二三四五六七八九十]{1,3})、)\s*(?<title>\S.*?)\s*$")]
    private static partial Regex ChineseHeading();

    /// <summary>一 … 九十九 as a number; null for anything else.</summary>
    private static int? ChineseNumber(string s)
    {
        const string digits = "一二三四五六七八九";
        int Digit(char c) => digits.IndexOf(c) + 1;
        return s switch
        {
            [var a] when Digit(a) > 0 => Digit(a),
            ['十'] => 10,
            ['十', var b] when Digit(b) > 0 => 10 + Digit(b),
            [var a, '十'] when Digit(a) > 1 => Digit(a) * 10,
            [var a, '十', var b] when Digit(a) > 1 && Digit(b) > 0 => Digit(a) * 10 + Digit(b),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s{0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})\s+(?<title>\S.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    // Table-of-contents tails: "2.1 数据高可用.....	3", "2.3 SSL/TLS 全程加密	5".
    [GeneratedRegex(@"(\s*[.。…·]{2,}\s*\d+|\t+\s*\d+)\s*$")]
    private static partial Regex TocTail();

    /// <summary>
    /// Sections by headings; a document that has at most one such section but lists its promises as
    /// one-line items — numbered (<c>1.1 所有密码…</c>, <c>3. …</c>) or bulleted (<c>- 传输加密：…</c>) — is split
    /// into one claim per item instead (a whole whitepaper as one claim is useless to judge).
    /// </summary>
    private static IReadOnlyList<Section> Sections(string text)
    {
        var byHeadings = HeadingSections(text);
        if (byHeadings.Count > 1) return byHeadings;
        var items = OneLinePromises(text);
        return items.Count >= 2 ? items : byHeadings;
    }

    private static IReadOnlyList<Section> OneLinePromises(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var items = new List<(string? Num, string Text)>();
        var inFence = false;
        foreach (var raw in lines)
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (inFence) continue;
            var n = NumberedPromise().Match(raw);
            var b = n.Success ? Match.Empty : BulletPromise().Match(raw);
            if (n.Success) items.Add((n.Groups["num"].Value, n.Groups["text"].Value.Trim()));
            else if (b.Success) items.Add((null, b.Groups["text"].Value.Trim()));
            else if (items.Count > 0 && raw.Length > 0 && char.IsWhiteSpace(raw[0]) && raw.Trim().Length > 0)
                items[^1] = (items[^1].Num, items[^1].Text + " " + raw.Trim()); // an indented continuation line
        }
        // Numbered items keep their numbers (unless some repeat); bullets are numbered 1, 2, 3 in document order.
        var numbered = items.All(i => i.Num is not null) && items.Select(i => i.Num).Distinct().Count() == items.Count;
        return items.Select((item, i) => new Section(
            numbered ? item.Num!.TrimEnd('.') : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            PromiseTitle(item.Text), 2, true, 2, item.Text)).ToList();
    }

    /// <summary>"传输加密：全站 HTTPS" → "传输加密"; a sentence without a label → its first 30 characters.</summary>
    private static string PromiseTitle(string text)
    {
        var t = text.Replace("**", "").Trim();
        var colon = t.IndexOfAny(['：', ':']);
        if (colon is > 0 and <= 24) return t[..colon].Trim();
        t = t.TrimEnd('。', '.', '；', ';');
        return t.Length <= 30 ? t : t[..30] + "…";
    }

    [GeneratedRegex(@"^\s*(?<num>\d{1,2}(?:\.\d{1,2})*\.?)[、)]?\s+(?<text>\S.{3,})$")]
    private static partial Regex NumberedPromise();

    [GeneratedRegex(@"^\s{0,3}[-*+•·]\s+(?<text>\S.{3,})$")]
    private static partial Regex BulletPromise();

    private static IReadOnlyList<Section> HeadingSections(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var heads = new List<(int Line, string Id, string Title, int Depth, bool Numbered, int Level)>();
        var inFence = false;
        var chapter = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (inFence) continue;
            // Setext headings ("Title" underlined with === or ---) are read as "# Title" / "## Title".
            if (i + 1 < lines.Length && line.Trim().Length > 0 && !line.TrimStart().StartsWith('-') && SetextUnderline().Match(lines[i + 1]) is { Success: true } u)
            {
                line = new string('#', u.Groups[1].Value[0] == '=' ? 1 : 2) + " " + line.Trim();
                lines[i + 1] = "";
            }
            var n = NumberedHeading().Match(line);
            if (n.Success && LooksLikeTitle(n.Groups["title"].Value, n.Groups["hashes"].Success))
            {
                var num = n.Groups["num"].Value;
                var title = Clean(n.Groups["title"].Value);
                // "1. 前言" style needs the dot or 、; "2023 年…" or "3 个月…" are not headings.
                var depth = num.Count(c => c == '.') + 1;
                if (depth == 1 && !n.Groups["hashes"].Success && !Regex.IsMatch(line, @"^\s*(?:第)?\d{1,2}(?:\.|、)\s")) goto markdown;
                heads.Add((i, num, title, depth, true, n.Groups["hashes"].Success ? n.Groups["hashes"].Length : depth));
                continue;
            }
        markdown:
            // Chinese numbering: "一、数据安全" is section 1, "（二）数据备份" under it is 1.2.
            var zh = ChineseHeading().Match(line.Replace("#", "").Trim());
            if (zh.Success && LooksLikeTitle(zh.Groups["title"].Value, false) && zh.Groups["title"].Value.Length <= 30
                && ChineseNumber(zh.Groups["n"].Value) is int k)
            {
                var title = Clean(zh.Groups["title"].Value);
                if (zh.Groups["paren"].Success)
                {
                    if (chapter > 0) heads.Add((i, $"{chapter}.{k}", title, 2, true, 2));
                }
                else
                {
                    chapter = k;
                    heads.Add((i, k.ToString(System.Globalization.CultureInfo.InvariantCulture), title, 1, true, 1));
                }
                continue;
            }
            var m = MarkdownHeading().Match(line);
            if (m.Success) heads.Add((i, "", Clean(m.Groups["title"].Value), 0, false, m.Groups["hashes"].Length));
        }

        var sections = new List<Section>();
        for (int h = 0; h < heads.Count; h++)
        {
            var (line, id, title, depth, numbered, level) = heads[h];
            var end = h + 1 < heads.Count ? heads[h + 1].Line : lines.Length;
            var body = string.Join("\n", lines[(line + 1)..end]).Trim();
            sections.Add(new Section(id, title, depth, numbered, level, body));
        }

        // A section number seen twice (table of contents, then the text): keep the one with the text.
        var numberedSections = sections.Where(s => s.Numbered)
            .GroupBy(s => s.Id).Select(g => g.OrderByDescending(s => s.Body.Length).First())
            .Where(s => s.Body.Length > 0).ToList();
        if (numberedSections.Any(s => s.Depth >= 2))
            return numberedSections.Where(s => s.Depth >= 2).OrderBy(s => s.Id, SectionComparer.Instance).ToList();
        if (numberedSections.Count > 0)
            return numberedSections.OrderBy(s => s.Id, SectionComparer.Instance).ToList();

        // Unnumbered Markdown: the document title (a lone top heading) is not a claim; ids are ordinals.
        var md = sections.Where(s => !s.Numbered && s.Body.Length > 0).ToList();
        if (md.Count > 1 && md.Count(s => s.Level == md.Min(x => x.Level)) == 1 && md[0].Level == md.Min(x => x.Level))
            md = md.Skip(1).ToList();
        return md.Select((s, i) => s with { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
    }

    private static bool LooksLikeTitle(string title, bool markdown)
    {
        var t = TocTail().Replace(title, "").Trim();
        if (t.Length == 0 || t.Length > 40) return markdown && t.Length > 0;
        return !t.EndsWith('。') && !t.EndsWith('；') && !t.EndsWith(';') && !(t.EndsWith('.') && t.Contains(' ') && t.Length > 30);
    }

    private static string Clean(string title) => TocTail().Replace(title, "").Replace("**", "").Trim();

    private static string DocumentTitle(string text)
    {
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim().TrimStart('#').Trim();
            if (line.Length is > 0 and <= 40) return line;
        }
        return "Whitepaper";
    }

    // ---------------------------------------------------------------- output

    private static string ToYaml(IReadOnlyList<DraftClaim> claims, string docTitle, string profileId)
    {
        var sb = new StringBuilder();
        sb.Append("# Draft claims profile written by `compliance claims init`. Review every claim: check the\n")
          .Append("# linked controls and the manual evidence, translate the titles, then commit this file and\n")
          .Append("# set `claimsFile: <this file>` in compliance.yaml. Controls: `compliance rules list`.\n")
          .Append("id: ").Append(profileId).Append('\n')
          .Append("name:\n")
          .Append("  zh: ").Append(Q(docTitle + "（白皮书声明）")).Append('\n')
          .Append("  en: ").Append(Q(docTitle + " (whitepaper claims)")).Append('\n')
          .Append("claims:\n");
        if (claims.Count == 0)
        {
            // Nothing looked like a section: one claim for the whole document, to be split by hand.
            sb.Append("  - id: \"1\"\n    title: {zh: ").Append(Q(docTitle)).Append(", en: ").Append(Q(docTitle)).Append("}\n")
              .Append("    controls: []\n    manual:\n")
              .Append("      - {id: \"1/review\", zh: ").Append(Q(ReviewManually.Zh)).Append(", en: ").Append(Q(ReviewManually.En)).Append("}\n");
            return sb.ToString();
        }
        foreach (var c in claims)
        {
            sb.Append("  - id: ").Append(Q(c.Id)).Append('\n');
            sb.Append("    # detected: ").Append(c.Promises.Count == 0 ? "nothing checkable" : string.Join(", ", c.Promises)).Append('\n');
            sb.Append("    title: {zh: ").Append(Q(c.Title)).Append(", en: ").Append(Q(c.Title)).Append("}\n");
            sb.Append("    controls: [").Append(string.Join(", ", c.Controls)).Append("]\n");
            if (c.Manual.Count > 0)
            {
                sb.Append("    manual:\n");
                for (var i = 0; i < c.Manual.Count; i++)
                    sb.Append("      - {id: ").Append(Q(i < c.ManualIds.Count ? c.ManualIds[i] : $"{c.Id}/item-{i + 1}"))
                      .Append(", zh: ").Append(Q(c.Manual[i].Zh)).Append(", en: ").Append(Q(c.Manual[i].En)).Append("}\n");
            }
            if (c.Note is { } note)
                sb.Append("    note:\n      zh: ").Append(Q(note.Zh)).Append("\n      en: ").Append(Q(note.En)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>YAML double-quoted scalar (JSON escaping is valid YAML).</summary>
    private static string Q(string s) => System.Text.Json.JsonSerializer.Serialize(s,
        new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

namespace Compliance.Rules.Configuration;

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

/// <summary>Thresholds of the configuration policies (defaults: reference/policy-defaults.md).</summary>
public sealed record PolicyThresholds
{
    /// <summary>sshd MaxAuthTries at most this (default 4).</summary>
    public int? MaxAuthTries { get; init; }
    /// <summary>Backups kept at least this many days (default 7).</summary>
    public int? MinBackupRetentionDays { get; init; }
    /// <summary>Opt-in 180-day log-retention check (off by default).</summary>
    public bool? LogRetentionCheck { get; init; }
}

/// <summary>
/// <c>generated:</c> — C# treated as generated code is not analysed (docs/decisions.md "Generated code").
/// </summary>
/// <param name="Paths">Further scan-root-relative globs of C# files to treat as generated.</param>
/// <param name="Analyse">True: analyse generated code like any other (the syntactic detection is off).</param>
public sealed record GeneratedCodeSettings(IReadOnlyList<string> Paths, bool Analyse);

/// <summary>
/// A waiver: results of <see cref="Rule"/> in files matching <see cref="Path"/> (glob, scan-root
/// relative) are suppressed (kind <c>external</c>) until <see cref="Expires"/>; an expired waiver
/// un-suppresses them and adds a notice.
/// </summary>
public sealed record Waiver(string Rule, string Path, string Reason, string Owner, DateOnly? Expires, int Line);

/// <summary>
/// A <c>contexts:</c> entry: files matching <see cref="Path"/> (glob, scan-root relative) have the context
/// <see cref="Context"/> (test, fixture, sample, dev, generated) or, for <c>none</c>, are production
/// whatever their folders say. The first matching entry wins; unmatched files keep the automatic context.
/// </summary>
public sealed record ContextRule(string Path, string Context, int Line);
/// An evidence-register entry (compliance.yaml <c>evidence:</c>): a document that closes a manual part of
/// a claim — <see cref="Item"/> is a manual item id (<c>2.4/encryption-at-rest</c>) or a claim id (<c>4.3</c>,
/// every manual item of it) — reviewed by <see cref="Reviewer"/> on <see cref="Date"/>, valid until
/// <see cref="Expires"/> (judged against asOf, else today).
/// </summary>
public sealed record EvidenceEntry(string Item, string Document, string Reviewer, DateOnly Date, DateOnly? Expires, string? Note, int Line);

/// <summary>A remediation plan line (compliance.yaml <c>remediation:</c>): a finding group (rule id or theme), its owner and due date.</summary>
public sealed record RemediationEntry(string Group, string Owner, DateOnly Due, string? Note, int Line);

/// <summary>Names on the report's sign-off block (编制 / 审核 / 批准).</summary>
public sealed record SignOff(string? PreparedBy, string? ReviewedBy, string? ApprovedBy);

/// <summary>
/// <c>compliance.yaml</c> at the scan root: report identity, profile or claims file, language, file
/// selection, policy thresholds, waivers and the secret allow-list. Everything is optional; an
/// invalid file throws <see cref="ConfigException"/> with file:line (the CLI exits 2).
/// </summary>
public sealed partial class ComplianceConfig
{
    public const string FileName = "compliance.yaml";

    /// <summary>Where it was read from (as given).</summary>
    public string SourceFile { get; init; } = FileName;
    public string? SystemName { get; init; }
    public string? Organisation { get; init; }
    /// <summary>Built-in profile id (e.g. saas-whitepaper). Exclusive with <see cref="ClaimsFile"/>.</summary>
    public string? Profile { get; init; }
    /// <summary>Path (relative to the scan root) of the repository's own claims profile.</summary>
    public string? ClaimsFile { get; init; }
    /// <summary>zh-CN or en (zh-Hans and zh are read as zh-CN).</summary>
    public string? Lang { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public int? MaxFileSizeMb { get; init; }
    /// <summary>CIDRs, normalised (host bits cleared; a bare address is /32 or /128).</summary>
    public IReadOnlyList<string> ApprovedNetworks { get; init; } = [];
    public PolicyThresholds? Thresholds { get; init; }
    /// <summary>microsoft-sdl (default) or owasp-2023.</summary>
    public string? PasswordHashProfile { get; init; }
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];
    /// <summary>Lower-case SHA-256 hex digests of values that are not secrets (the values themselves are never written down).</summary>
    public IReadOnlyList<string> SecretAllowlist { get; init; } = [];
    /// <summary>Context overrides, in file order (first match wins).</summary>
    public IReadOnlyList<ContextRule> Contexts { get; init; } = [];
    /// <summary>The evidence register: documents that close manual parts of claims.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];
    /// <summary>Remediation plan: owner and due date per finding group (rule id or theme).</summary>
    public IReadOnlyList<RemediationEntry> Remediation { get; init; } = [];
    public SignOff? SignOff { get; init; }
    /// <summary>The report's number (报告编号), shown on its cover.</summary>
    public string? ReportNumber { get; init; }
    public GeneratedCodeSettings? Generated { get; init; }

    public static readonly IReadOnlyList<string> PasswordHashProfiles = ["microsoft-sdl", "owasp-2023"];

    /// <summary>Line of the <c>profile</c> key (for errors found against the catalog).</summary>
    public int ProfileLine { get; init; } = 1;

    /// <summary>
    /// Checks the references that need the catalog: the profile id exists and every waiver names a
    /// known rule (a waiver for a misspelt id would silently waive nothing). Throws <see cref="ConfigException"/>.
    /// </summary>
    public void ValidateAgainst(Catalog.RuleCatalog catalog)
    {
        if (Profile is not null && !catalog.Profiles.ContainsKey(Profile))
            throw new ConfigException($"{SourceFile}:{ProfileLine}: unknown profile '{Profile}' (built-in: {string.Join(", ", catalog.Profiles.Keys.Order(StringComparer.Ordinal))}; use claimsFile for your own)");
        foreach (var w in Waivers)
            if (catalog.FindRule(w.Rule) is null)
                throw new ConfigException($"{SourceFile}:{w.Line}: waiver names unknown rule '{w.Rule}' (see `compliance rules list`)");
        foreach (var r in Remediation)
            if (r.Group.StartsWith("CMP", StringComparison.Ordinal) ? catalog.FindRule(r.Group) is null : !Model.Themes.IsKnown(r.Group))
                throw new ConfigException($"{SourceFile}:{r.Line}: remediation names unknown rule or theme '{r.Group}' (see `compliance rules list`)");
    }

    /// <summary>
    /// Every evidence entry must name a claim or a manual item of the profile in use: evidence for a
    /// misspelt item would silently close nothing.
    /// </summary>
    public void ValidateEvidence(Catalog.Profile profile)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in profile.Claims)
        {
            ids.Add(c.Id);
            for (var i = 0; i < c.Manual.Count; i++) ids.Add(c.ManualId(i));
        }
        foreach (var e in Evidence)
            if (!ids.Contains(e.Item))
            {
                var near = ids.Where(i => i.StartsWith(e.Item.Split('/')[0] + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                throw new ConfigException($"{SourceFile}:{e.Line}: evidence names unknown claim or manual item '{e.Item}' in profile '{profile.Id}'"
                    + (near.Count > 0 ? $" (items of that claim: {string.Join(", ", near)})" : ""));
            }
    }

    private static readonly string[] Keys =
    [
        "systemName", "organisation", "profile", "claimsFile", "lang", "include", "exclude", "maxFileSizeMb",
        "approvedNetworks", "thresholds", "passwordHashProfile", "waivers", "secretAllowlist",
        "contexts",
        "evidence", "remediation", "signoff", "reportNumber",
        "generated",
    ];
    private static readonly string[] ThresholdKeys = ["maxAuthTries", "minBackupRetentionDays", "logRetentionCheck"];
    private static readonly string[] WaiverKeys = ["rule", "path", "reason", "owner", "expires"];

    /// <summary>
    /// Every key the loader accepts, by YAML path ("" = top level, "thresholds", "waivers[]"). A test keeps
    /// schemas/compliance.schema.json equal to it: a key added here must be added there.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AcceptedKeys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [""] = Keys, ["thresholds"] = ThresholdKeys, ["waivers[]"] = WaiverKeys,
    };

    /// <summary>Reads <c>compliance.yaml</c> (or <c>compliance.yml</c>) from the scan root; null when there is none.</summary>
    public static ComplianceConfig? LoadFromRoot(string root)
    {
        foreach (var name in new[] { FileName, "compliance.yml" })
        {
            var path = System.IO.Path.Combine(root, name);
            if (File.Exists(path)) return Load(path);
        }
        return null;
    }

    public static ComplianceConfig Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        { throw new ConfigException($"{path}:1: cannot be read ({ex.Message})"); }
        return Parse(text, path);
    }

    public static ComplianceConfig Parse(string text, string sourceName = FileName)
    {
        var p = new Parser(sourceName);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return new ComplianceConfig { SourceFile = sourceName };
            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null) throw p.Fail(stream.Documents[0].RootNode, "expected a mapping of settings (key: value) at the top level");
        }
        catch (YamlException ex)
        {
            var inner = ex; while (inner.InnerException is YamlException i) inner = i;
            throw new ConfigException($"{sourceName}:{Math.Max(1, (int)ex.Start.Line)}: YAML syntax error: {inner.Message}");
        }

        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                var near = Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                throw p.Fail(key, near is not null ? $"unknown setting '{name}' (did you mean '{near}'?)" : $"unknown setting '{name}' (known: {string.Join(", ", Keys)})");
            }
        }

        var profile = p.String(root, "profile");
        var claimsFile = p.String(root, "claimsFile");
        if (profile is not null && claimsFile is not null)
            throw p.Fail(YamlReader(root, "claimsFile"), "set either 'profile' or 'claimsFile', not both");

        return new ComplianceConfig
        {
            SourceFile = sourceName,
            SystemName = p.String(root, "systemName"),
            Organisation = p.String(root, "organisation"),
            Profile = profile,
            ProfileLine = YamlReader(root, "profile") is { } pn ? (int)pn.Start.Line : 1,
            ClaimsFile = claimsFile,
            Lang = p.Lang(root),
            Include = p.Globs(root, "include"),
            Exclude = p.Globs(root, "exclude"),
            MaxFileSizeMb = p.Int(root, "maxFileSizeMb", 1, 1024),
            ApprovedNetworks = p.Networks(root),
            Thresholds = p.Thresholds(root),
            PasswordHashProfile = p.OneOf(root, "passwordHashProfile", PasswordHashProfiles),
            Waivers = p.Waivers(root),
            SecretAllowlist = p.Digests(root),
            Contexts = p.Contexts(root),
            Evidence = p.ReadEvidence(root),
            Remediation = p.ReadRemediation(root),
            SignOff = p.ReadSignOff(root),
            ReportNumber = p.String(root, "reportNumber"),
            Generated = p.Generated(root),
        };
    }

    private static YamlNode? YamlReader(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    [GeneratedRegex("^CMP[0-9]{4}$")]
    private static partial Regex RuleId();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();

    private sealed class Parser(string file)
    {
        public ConfigException Fail(YamlNode? at, string message) =>
            new($"{file}:{(at is null ? 1 : Math.Max(1, (int)at.Start.Line))}: {message}");

        private static YamlNode? Get(YamlMappingNode map, string key) => YamlReader(map, key);

        private static bool IsNull(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == ScalarStyle.Plain;

        public string? String(YamlMappingNode map, string key)
        {
            var node = Get(map, key);
            if (node is null || IsNull(node)) return null;
            if (node is not YamlScalarNode s) throw Fail(node, $"'{key}' must be a text value");
            return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
        }

        public string? Lang(YamlMappingNode map)
        {
            var value = String(map, "lang");
            return value?.ToLowerInvariant() switch
            {
                null => null,
                "zh-cn" or "zh-hans" or "zh" or "zh-hans-cn" => "zh-CN",
                "en" or "en-us" or "en-gb" => "en",
                _ => throw Fail(Get(map, "lang"), $"lang must be zh-CN or en, got '{value}'"),
            };
        }

        public string? OneOf(YamlMappingNode map, string key, IReadOnlyList<string> allowed)
        {
            var value = String(map, key);
            if (value is null) return null;
            if (!allowed.Contains(value, StringComparer.Ordinal))
                throw Fail(Get(map, key), $"{key} must be one of {string.Join(", ", allowed)}, got '{value}'");
            return value;
        }

        public int? Int(YamlMappingNode map, string key, int min, int max, string? label = null)
        {
            var node = Get(map, key);
            if (node is null || IsNull(node)) return null;
            var text = (node as YamlScalarNode)?.Value;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
                throw Fail(node, $"{label ?? key} must be a whole number from {min} to {max}, got '{text ?? node.NodeType.ToString()}'");
            return n;
        }

        public bool? Bool(YamlMappingNode map, string key, string label)
        {
            var node = Get(map, key);
            if (node is null || IsNull(node)) return null;
            // YAML 1.1 booleans, as kubectl and most users read them.
            return ((node as YamlScalarNode)?.Value ?? "").ToLowerInvariant() switch
            {
                "true" or "yes" or "on" => true,
                "false" or "no" or "off" => false,
                var v => throw Fail(node, $"{label} must be true or false, got '{v}'"),
            };
        }

        public IReadOnlyList<(string Value, YamlNode Node)> Strings(YamlMappingNode map, string key)
        {
            var node = Get(map, key);
            if (node is null || IsNull(node)) return [];
            if (node is YamlScalarNode { Value: { } single }) return [(single.Trim(), node)]; // a lone value is a one-item list
            if (node is not YamlSequenceNode seq) throw Fail(node, $"'{key}' must be a list");
            var list = new List<(string, YamlNode)>();
            foreach (var item in seq)
            {
                if (item is not YamlScalarNode { Value: { } v } || string.IsNullOrWhiteSpace(v)) throw Fail(item, $"'{key}' entries must be text values");
                list.Add((v.Trim(), item));
            }
            return list;
        }

        public IReadOnlyList<string> Globs(YamlMappingNode map, string key)
        {
            var list = new List<string>();
            foreach (var (glob, node) in Strings(map, key))
            {
                if (glob.StartsWith('!')) throw Fail(node, $"'{key}' globs cannot be negated ('{glob}'): use include and exclude");
                list.Add(glob.Replace('\\', '/'));
            }
            return list;
        }

        public IReadOnlyList<string> Networks(YamlMappingNode map)
        {
            var list = new List<string>();
            foreach (var (text, node) in Strings(map, "approvedNetworks"))
                list.Add(NormaliseCidr(text) ?? throw Fail(node, $"approvedNetworks: '{text}' is not an IP network (CIDR such as 10.20.0.0/16)"));
            return list;
        }

        public PolicyThresholds? Thresholds(YamlMappingNode map)
        {
            var node = Get(map, "thresholds");
            if (node is null || IsNull(node)) return null;
            if (node is not YamlMappingNode t) throw Fail(node, "'thresholds' must be a mapping");
            var known = ThresholdKeys;
            foreach (var k in t.Children.Keys)
                if (!known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal))
                    throw Fail(k, $"unknown threshold '{(k as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
            return new PolicyThresholds
            {
                MaxAuthTries = Int(t, "maxAuthTries", 1, 10, "thresholds.maxAuthTries"),
                MinBackupRetentionDays = Int(t, "minBackupRetentionDays", 1, 3650, "thresholds.minBackupRetentionDays"),
                LogRetentionCheck = Bool(t, "logRetentionCheck", "thresholds.logRetentionCheck"),
            };
        }

        public GeneratedCodeSettings? Generated(YamlMappingNode map)
        {
            var node = Get(map, "generated");
            if (node is null || IsNull(node)) return null;
            if (node is not YamlMappingNode g) throw Fail(node, "'generated' must be a mapping (paths, analyse)");
            string[] known = ["paths", "analyse"];
            foreach (var k in g.Children.Keys)
                if (!known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal))
                    throw Fail(k, $"unknown generated setting '{(k as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
            return new GeneratedCodeSettings(Globs(g, "paths"), Bool(g, "analyse", "generated.analyse") ?? false);
        }

        public IReadOnlyList<Waiver> Waivers(YamlMappingNode map)
        {
            var node = Get(map, "waivers");
            if (node is null || IsNull(node)) return [];
            if (node is not YamlSequenceNode seq) throw Fail(node, "'waivers' must be a list");
            var list = new List<Waiver>();
            var known = WaiverKeys;
            foreach (var item in seq)
            {
                if (item is not YamlMappingNode w) throw Fail(item, "a waiver must be a mapping with rule, path, reason, owner and expires");
                foreach (var k in w.Children.Keys)
                    if (!known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal))
                        throw Fail(k, $"unknown waiver field '{(k as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
                var rule = String(w, "rule") ?? throw Fail(w, "a waiver needs 'rule' (e.g. CMP1001)");
                if (!RuleId().IsMatch(rule)) throw Fail(Get(w, "rule"), $"waiver rule '{rule}' is not a rule id (CMP followed by 4 digits)");
                var reason = String(w, "reason") ?? throw Fail(w, $"the waiver for {rule} needs a 'reason'");
                var owner = String(w, "owner") ?? throw Fail(w, $"the waiver for {rule} needs an 'owner'");
                var path = String(w, "path") ?? "**";
                DateOnly? expires = null;
                if (String(w, "expires") is { } e)
                {
                    if (!DateOnly.TryParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        throw Fail(Get(w, "expires"), $"waiver expires must be a date yyyy-MM-dd, got '{e}'");
                    expires = d;
                }
                list.Add(new Waiver(rule, path.Replace('\\', '/'), reason, owner, expires, (int)w.Start.Line));
            }
            return list;
        }

        /// <summary><c>contexts: { "glob": test|fixture|sample|dev|generated|none }</c>.</summary>
        public IReadOnlyList<ContextRule> Contexts(YamlMappingNode map)
        {
            var node = Get(map, "contexts");
            if (node is null || IsNull(node)) return [];
            if (node is not YamlMappingNode m) throw Fail(node, "'contexts' must be a mapping of path globs to a context (test, fixture, sample, dev, generated or none)");
            var list = new List<ContextRule>();
            foreach (var (k, v) in m.Children)
            {
                var glob = (k as YamlScalarNode)?.Value?.Trim();
                if (string.IsNullOrEmpty(glob)) throw Fail(k, "contexts: a key must be a path glob");
                if (glob.StartsWith('!')) throw Fail(k, $"contexts: globs cannot be negated ('{glob}'): map the path to 'none' instead");
                var value = (v as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
                if (value is null || !(Model.FindingContexts.IsKnown(value) || value == Model.FindingContexts.None))
                    throw Fail(v, $"contexts: '{glob}' must map to test, fixture, sample, dev, generated or none, got '{(v as YamlScalarNode)?.Value}'");
                list.Add(new ContextRule(glob.Replace('\\', '/'), value, (int)k.Start.Line));
            }
            return list;
        }

        /// <summary>A list of mappings whose keys are all known; each yielded with its node.</summary>
        private IEnumerable<YamlMappingNode> Entries(YamlMappingNode map, string key, string[] known, string shape)
        {
            var node = Get(map, key);
            if (node is null || IsNull(node)) yield break;
            if (node is not YamlSequenceNode seq) throw Fail(node, $"'{key}' must be a list");
            foreach (var item in seq)
            {
                if (item is not YamlMappingNode m) throw Fail(item, $"a {key} entry must be a mapping with {shape}");
                foreach (var k in m.Children.Keys)
                    if (!known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal))
                        throw Fail(k, $"unknown {key} field '{(k as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
                yield return m;
            }
        }

        private DateOnly? Date(YamlMappingNode map, string key, string what)
        {
            if (String(map, key) is not { } text) return null;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw Fail(Get(map, key), $"{what} {key} must be a date yyyy-MM-dd, got '{text}'");
            return d;
        }

        public IReadOnlyList<EvidenceEntry> ReadEvidence(YamlMappingNode map)
        {
            var list = new List<EvidenceEntry>();
            foreach (var e in Entries(map, "evidence", ["item", "document", "reviewer", "date", "expires", "note"], "item, document, reviewer, date and expires"))
            {
                var item = String(e, "item") ?? throw Fail(e, "an evidence entry needs 'item' (a claim id such as 4.3 or a manual item id such as 2.4/encryption-at-rest)");
                var what = $"evidence for {item}";
                var document = String(e, "document") ?? throw Fail(e, $"{what} needs 'document' (a path or URL of the document)");
                var reviewer = String(e, "reviewer") ?? throw Fail(e, $"{what} needs 'reviewer' (who checked the document)");
                var date = Date(e, "date", what) ?? throw Fail(e, $"{what} needs 'date' (yyyy-MM-dd, when it was reviewed)");
                var expires = Date(e, "expires", what);
                if (expires is { } x && x < date) throw Fail(Get(e, "expires"), $"{what} expires ({x:yyyy-MM-dd}) before its date ({date:yyyy-MM-dd})");
                list.Add(new EvidenceEntry(item, document, reviewer, date, expires, String(e, "note"), (int)e.Start.Line));
            }
            return list;
        }

        public IReadOnlyList<RemediationEntry> ReadRemediation(YamlMappingNode map)
        {
            var list = new List<RemediationEntry>();
            foreach (var e in Entries(map, "remediation", ["group", "owner", "due", "note"], "group (rule id or theme), owner and due"))
            {
                var group = String(e, "group") ?? throw Fail(e, "a remediation entry needs 'group' (a rule id such as CMP5201 or a theme such as ssh-hardening)");
                var owner = String(e, "owner") ?? throw Fail(e, $"the remediation of {group} needs an 'owner'");
                var due = Date(e, "due", $"the remediation of {group}") ?? throw Fail(e, $"the remediation of {group} needs 'due' (yyyy-MM-dd)");
                list.Add(new RemediationEntry(group, owner, due, String(e, "note"), (int)e.Start.Line));
            }
            return list;
        }

        public SignOff? ReadSignOff(YamlMappingNode map)
        {
            var node = Get(map, "signoff");
            if (node is null || IsNull(node)) return null;
            if (node is not YamlMappingNode m) throw Fail(node, "'signoff' must be a mapping with preparedBy, reviewedBy and approvedBy");
            string[] known = ["preparedBy", "reviewedBy", "approvedBy"];
            foreach (var k in m.Children.Keys)
                if (!known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal))
                    throw Fail(k, $"unknown signoff field '{(k as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
            return new SignOff(String(m, "preparedBy"), String(m, "reviewedBy"), String(m, "approvedBy"));
        }

        public IReadOnlyList<string> Digests(YamlMappingNode map)
        {
            var list = new List<string>();
            foreach (var (text, node) in Strings(map, "secretAllowlist"))
            {
                var hex = text.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? text[7..] : text;
                if (!Sha256Hex().IsMatch(hex))
                    throw Fail(node, "secretAllowlist entries are SHA-256 digests of the allowed values (64 hex digits), never the values themselves");
                list.Add(hex.ToLowerInvariant());
            }
            return list;
        }
    }

    /// <summary>
    /// "10.20.0.0/16" stays; "192.168.1.10/24" becomes "192.168.1.0/24" (System.Net.IPNetwork rejects host
    /// bits); a bare address becomes /32 or /128. Null when it is not a network.
    /// </summary>
    public static string? NormaliseCidr(string text)
    {
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address)) return null;
        var bits = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits)) return null;
        var bytes = address.GetAddressBytes();
        for (int i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - i * 8, 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}

namespace Compliance.Rules.Catalog;

using System.Reflection;
using Compliance.Rules.Configuration;
using Compliance.Rules.Model;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Loads the catalog (rules/catalog.yaml, laws/, controls/, diagnostics/, policies/**/policy.yaml,
/// profiles/) and validates every reference. A broken catalog never loads half-way: all problems
/// are collected and thrown together as a <see cref="CatalogException"/> naming file:line.
/// </summary>
public static class CatalogLoader
{
    /// <summary>One catalog file: its display path (e.g. <c>rules/controls/ctl-x.yaml</c>) and text.</summary>
    public sealed record Source(string Path, string Text);

    private static RuleCatalog? embedded;

    /// <summary>The catalog built into Compliance.Rules (cached: it is immutable).</summary>
    public static RuleCatalog LoadEmbedded() => embedded ??= Load(EmbeddedSources());

    /// <summary>A catalog folder laid out like the repository's <c>rules/</c> (tests, users' own catalogs).</summary>
    public static RuleCatalog LoadFromDirectory(string rulesDir)
    {
        if (!Directory.Exists(rulesDir)) throw new CatalogException($"{rulesDir}: catalog folder not found");
        var root = Path.GetFullPath(rulesDir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var prefix = Path.GetFileName(root);
        var sources = new List<Source>();
        void Add(string file) =>
            sources.Add(new Source($"{prefix}/{Path.GetRelativePath(root, file).Replace('\\', '/')}", File.ReadAllText(file)));

        var versionFile = Path.Combine(root, "catalog.yaml");
        if (File.Exists(versionFile)) Add(versionFile);
        foreach (var folder in new[] { "laws", "controls", "diagnostics", "profiles" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) Add(f);
        }
        var policies = Path.Combine(root, "policies");
        if (Directory.Exists(policies))
            foreach (var f in Directory.EnumerateFiles(policies, "policy.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) Add(f);
        return Load(sources);
    }

    /// <summary>Resources embedded by Compliance.Rules.csproj under <c>catalog/…</c>, shown as <c>rules/…</c>.</summary>
    public static IReadOnlyList<Source> EmbeddedSources()
    {
        var asm = typeof(CatalogLoader).Assembly;
        var list = new List<Source>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("catalog/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new Source("rules/" + name["catalog/".Length..], reader.ReadToEnd()));
        }
        return list;
    }

    /// <summary>Builds and validates a catalog from its files (kind taken from each path's folder).</summary>
    public static RuleCatalog Load(IEnumerable<Source> sources)
    {
        var errors = new List<string>();
        string? version = null;
        var laws = new Dictionary<string, Law>(StringComparer.Ordinal);
        var clauses = new Dictionary<string, Clause>(StringComparer.Ordinal);
        var clauseFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var controls = new Dictionary<string, Control>(StringComparer.Ordinal);
        var rules = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var profileDocs = new List<(YamlReaderContext Ctx, YamlMappingNode Map)>();
        var controlRefs = new List<(YamlReaderContext Ctx, YamlNode At, string Control, string Clause)>();
        var ruleRefs = new List<(YamlReaderContext Ctx, YamlNode At, string Rule, string Control)>();

        foreach (var source in sources)
        {
            var ctx = new YamlReaderContext(source.Path, errors);
            var map = ctx.Parse(source.Text);
            if (map is null) continue;
            var folder = FolderOf(source.Path);
            switch (folder)
            {
                case "catalog.yaml":
                    version = ctx.RequiredString(map, "version", "the catalog");
                    break;
                case "laws":
                    ReadLaw(ctx, map, laws, clauses, clauseFiles);
                    break;
                case "controls":
                    ReadControl(ctx, map, controls, controlRefs);
                    break;
                case "diagnostics":
                    ReadRule(ctx, map, rules, ruleRefs, policy: false);
                    break;
                case "policies":
                    ReadRule(ctx, map, rules, ruleRefs, policy: true);
                    break;
                case "profiles":
                    profileDocs.Add((ctx, map));
                    break;
                default:
                    errors.Add($"{source.Path}:1: file is not in a catalog folder (laws, controls, diagnostics, policies, profiles)");
                    break;
            }
        }

        if (version is null && !errors.Any(e => e.Contains("catalog.yaml", StringComparison.Ordinal)))
            errors.Add("rules/catalog.yaml:1: the catalog has no 'version' (rules/catalog.yaml is missing)");

        foreach (var (ctx, at, control, clause) in controlRefs)
            if (!clauses.ContainsKey(clause)) ctx.Error(at, $"control '{control}' cites unknown clause '{clause}'");
        foreach (var (ctx, at, rule, control) in ruleRefs)
            if (!controls.ContainsKey(control)) ctx.Error(at, $"rule '{rule}' names unknown control '{control}'");

        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var (ctx, map) in profileDocs)
        {
            var profile = ReadProfile(ctx, map, controls.Keys.ToHashSet(StringComparer.Ordinal));
            if (profile is null) continue;
            if (!IsNamedAfter(ctx.File, profile.Id))
                ctx.Error(map, $"profile '{profile.Id}' must be in a file named {profile.Id}.yaml");
            if (!profiles.TryAdd(profile.Id, profile))
                ctx.Error(map, $"duplicate profile id '{profile.Id}' (also in {profiles[profile.Id].SourceFile})");
        }

        if (errors.Count > 0) throw new CatalogException(errors);
        return new RuleCatalog
        {
            Version = version!,
            Laws = laws,
            Clauses = clauses,
            Controls = controls,
            Rules = rules,
            Profiles = profiles,
        };
    }

    /// <summary>
    /// A repository's own claims file (compliance.yaml <c>claimsFile</c>), same schema as
    /// rules/profiles/*.yaml, checked against the catalog. Problems throw <see cref="ConfigException"/>
    /// (it is user configuration, not the product's catalog).
    /// </summary>
    public static Profile LoadProfileFile(string path, RuleCatalog catalog)
    {
        if (!File.Exists(path)) throw new ConfigException($"{path}:1: claims file not found");
        return ParseProfile(File.ReadAllText(path), path.Replace('\\', '/'), catalog);
    }

    /// <summary>Parses and validates a profile's text against the catalog (used for claims files and drafts).</summary>
    public static Profile ParseProfile(string text, string sourceName, RuleCatalog catalog)
    {
        var errors = new List<string>();
        var ctx = new YamlReaderContext(sourceName, errors);
        var map = ctx.Parse(text);
        var profile = map is null ? null : ReadProfile(ctx, map, catalog.Controls.Keys.ToHashSet(StringComparer.Ordinal));
        if (errors.Count > 0 || profile is null) throw new ConfigException(errors.Count > 0 ? string.Join("\n", errors) : $"{sourceName}:1: not a claims profile");
        return profile;
    }

    private static string FolderOf(string path)
    {
        var parts = path.Split('/');
        if (parts.Length == 2 && parts[1] == "catalog.yaml") return "catalog.yaml";
        return parts.Length >= 3 ? parts[1] : "";
    }

    private static bool IsNamedAfter(string path, string id) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), id, StringComparison.Ordinal);

    private static void ReadLaw(YamlReaderContext ctx, YamlMappingNode map, Dictionary<string, Law> laws,
        Dictionary<string, Clause> clauses, Dictionary<string, string> clauseFiles)
    {
        var id = ctx.RequiredString(map, "id", "law");
        var name = ctx.Text(map, "name", $"law '{id}'");
        var list = new List<Clause>();
        var node = YamlReaderContext.Get(map, "clauses");
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            ctx.Error(node ?? map, $"law '{id}' has no clauses");
            seq = new YamlSequenceNode();
        }
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode c) { ctx.Error(item, "a clause must be a mapping"); continue; }
            var cid = ctx.RequiredString(c, "id", "clause");
            if (cid is null) continue;
            var what = $"clause '{cid}'";
            var reference = ctx.Text(c, "ref", what);
            var quote = ctx.Text(c, "quote", what);
            var mark = ctx.RequiredString(c, "mark", what);
            if (mark is not null and not ("V" or "S" or "U"))
                ctx.Error(YamlReaderContext.Get(c, "mark"), $"{what} has mark '{mark}': use V, S or U (the reference's verification mark)");
            var legacy = ctx.OptionalString(c, "legacy");
            if (id is not null && !cid.StartsWith(id + "-", StringComparison.Ordinal))
                ctx.Error(c, $"{what} must start with its law id '{id}-'");
            if (clauseFiles.TryGetValue(cid, out var other))
            { ctx.Error(c, $"duplicate clause id '{cid}' (also in {other})"); continue; }
            clauseFiles[cid] = ctx.File;
            var clause = new Clause(cid, id ?? "", reference?.Zh ?? "", quote ?? Empty, mark ?? "", legacy) { ReferenceEn = reference?.En ?? "" };
            clauses[cid] = clause;
            list.Add(clause);
        }
        if (id is null || name is null) return;
        if (!laws.TryAdd(id, new Law(id, name, list, ctx.File)))
            ctx.Error(map, $"duplicate law id '{id}' (also in {laws[id].SourceFile})");
    }

    private static void ReadControl(YamlReaderContext ctx, YamlMappingNode map, Dictionary<string, Control> controls,
        List<(YamlReaderContext, YamlNode, string, string)> refs)
    {
        var id = ctx.RequiredString(map, "id", "control");
        if (id is null) return;
        var what = $"control '{id}'";
        if (!IsNamedAfter(ctx.File, id)) ctx.Error(map, $"{what} must be in a file named {id}.yaml");
        var theme = ctx.RequiredString(map, "theme", what);
        if (theme is not null && !Themes.IsKnown(theme))
            ctx.Error(YamlReaderContext.Get(map, "theme"), $"{what} has unknown theme '{theme}' (known: {string.Join(", ", Themes.All)})");
        var title = ctx.Text(map, "title", what);
        var description = ctx.Text(map, "description", what);
        var clauses = ctx.StringList(map, "clauses");
        var clausesNode = YamlReaderContext.Get(map, "clauses") as YamlSequenceNode;
        for (int i = 0; i < clauses.Count; i++)
            refs.Add((ctx, clausesNode is not null && i < clausesNode.Children.Count ? clausesNode.Children[i] : map, id, clauses[i]));
        if (controls.TryGetValue(id, out var existing)) { ctx.Error(map, $"duplicate control id '{id}' (also in {existing.SourceFile})"); return; }
        // Registered even when its text is broken, so references to it do not cascade into more errors
        // (the catalog does not load anyway).
        controls[id] = new Control(id, theme ?? "", title ?? Empty, description ?? Empty, clauses, ctx.File);
    }

    private static void ReadRule(YamlReaderContext ctx, YamlMappingNode map, Dictionary<string, RuleDefinition> rules,
        List<(YamlReaderContext, YamlNode, string, string)> refs, bool policy)
    {
        var id = ctx.RequiredString(map, "id", "rule");
        if (id is null) return;
        var what = $"rule '{id}'";
        var ok = true;
        if (!RuleIdRanges.IsWellFormed(id)) { ctx.Error(YamlReaderContext.Get(map, "id"), $"{what}: ids look like CMP1234"); ok = false; }

        RuleKind kind;
        if (policy)
        {
            kind = RuleKind.Policy;
            // rules/policies/<theme>/<ID>/policy.yaml
            var parts = ctx.File.Split('/');
            if (parts.Length < 5 || parts[^2] != id) { ctx.Error(map, $"{what} must be in a folder named {id}"); ok = false; }
            else if (ctx.OptionalString(map, "theme") is { } t && parts[^3] != t) { ctx.Error(map, $"{what} has theme '{t}' but sits under policies/{parts[^3]}/"); ok = false; }
        }
        else
        {
            if (!IsNamedAfter(ctx.File, id)) { ctx.Error(map, $"{what} must be in a file named {id}.yaml"); ok = false; }
            var k = ctx.RequiredString(map, "kind", what);
            kind = k switch { "analyzer" => RuleKind.Analyzer, "observation" => RuleKind.Observation, "tool" => RuleKind.Tool, _ => RuleKind.Tool };
            if (k is not null and not ("analyzer" or "observation" or "tool"))
            { ctx.Error(YamlReaderContext.Get(map, "kind"), $"{what} has kind '{k}': use analyzer, observation or tool"); ok = false; }
            if (k is null) ok = false;
        }

        var theme = ctx.RequiredString(map, "theme", what);
        if (theme is null) ok = false;
        else if (!Themes.IsKnown(theme)) { ctx.Error(YamlReaderContext.Get(map, "theme"), $"{what} has unknown theme '{theme}' (known: {string.Join(", ", Themes.All)})"); ok = false; }
        else if (RuleIdRanges.IsWellFormed(id) && !RuleIdRanges.InRange(id, theme))
        { ctx.Error(YamlReaderContext.Get(map, "id"), $"{what} is outside the range of theme '{theme}' ({RuleIdRanges.Describe(theme)})"); ok = false; }

        var sev = ctx.RequiredString(map, "severity", what);
        Severity severity = Severity.None;
        if (sev is null) ok = false;
        else if (!SeverityExtensions.TryParse(sev, out severity) || severity == Severity.None)
        { ctx.Error(YamlReaderContext.Get(map, "severity"), $"{what} has severity '{sev}': use critical, high, medium or low"); ok = false; }

        var enabled = true;
        if (ctx.OptionalString(map, "enabledByDefault") is { } e)
        {
            if (bool.TryParse(e, out var b)) enabled = b;
            else { ctx.Error(YamlReaderContext.Get(map, "enabledByDefault"), $"{what}: enabledByDefault must be true or false"); ok = false; }
        }

        var title = ctx.Text(map, "title", what);
        var remediation = ctx.Text(map, "remediation", what);
        var description = ctx.Text(map, "description", what, required: false);
        var controls = ctx.StringList(map, "controls");
        if (controls.Count == 0) { ctx.Error(YamlReaderContext.Get(map, "controls") ?? map, $"{what} names no control"); ok = false; }
        var controlsNode = YamlReaderContext.Get(map, "controls") as YamlSequenceNode;
        for (int i = 0; i < controls.Count; i++)
            refs.Add((ctx, controlsNode is not null && i < controlsNode.Children.Count ? controlsNode.Children[i] : map, id, controls[i]));
        var cwe = ctx.StringList(map, "cwe");

        if (!ok || title is null || remediation is null) return;
        if (rules.TryGetValue(id, out var existing)) { ctx.Error(map, $"duplicate rule id '{id}' (also in {existing.SourceFile})"); return; }

        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (policy)
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode { Value: { } key } && !KnownRuleKeys.Contains(key)) extra[key] = YamlReaderContext.ToPlain(v);

        rules[id] = new RuleDefinition
        {
            Id = id,
            Kind = kind,
            Theme = theme!,
            Severity = severity,
            Title = title,
            Remediation = remediation,
            Description = description,
            Controls = controls,
            Cwe = cwe,
            EnabledByDefault = enabled,
            SourceFile = ctx.File,
            Extra = extra,
        };
    }

    private static readonly LocalizedText Empty = new("", "");

    private static readonly HashSet<string> KnownRuleKeys =
        ["id", "kind", "theme", "severity", "enabledByDefault", "title", "remediation", "description", "controls", "cwe"];

    private static Profile? ReadProfile(YamlReaderContext ctx, YamlMappingNode map, HashSet<string> knownControls)
    {
        var id = ctx.RequiredString(map, "id", "profile");
        var name = ctx.Text(map, "name", $"profile '{id}'");
        var claims = new List<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var node = YamlReaderContext.Get(map, "claims");
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            ctx.Error(node ?? map, $"profile '{id}' has no claims");
            return null;
        }
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode c) { ctx.Error(item, "a claim must be a mapping"); continue; }
            var cid = ctx.RequiredString(c, "id", "claim");
            if (cid is null) continue;
            var what = $"claim '{cid}'";
            if (!seen.Add(cid)) ctx.Error(c, $"duplicate claim id '{cid}' in profile '{id}'");
            var title = ctx.Text(c, "title", what);
            var controls = ctx.StringList(c, "controls");
            var controlsNode = YamlReaderContext.Get(c, "controls") as YamlSequenceNode;
            for (int i = 0; i < controls.Count; i++)
                if (!knownControls.Contains(controls[i]))
                    ctx.Error(controlsNode is not null && i < controlsNode.Children.Count ? controlsNode.Children[i] : c,
                        $"{what} links unknown control '{controls[i]}'");
            var manual = new List<LocalizedText>();
            var manualNode = YamlReaderContext.Get(c, "manual");
            if (manualNode is YamlSequenceNode ms)
            {
                foreach (var m in ms)
                    if (ctx.Text(m, "manual", what) is { } t) manual.Add(t);
            }
            else if (manualNode is not null and not YamlScalarNode { Value: null or "" })
                ctx.Error(manualNode, $"{what}: 'manual' must be a list of {{zh, en}} items");
            var note = ctx.Text(c, "note", what, required: false);
            if (controls.Count == 0 && manual.Count == 0)
                ctx.Error(c, $"{what} links no control and lists nothing manual");
            if (title is not null) claims.Add(new Claim(cid, title, controls, manual, note));
        }
        if (id is null || name is null) return null;
        return new Profile(id, name, claims, ctx.File);
    }
}

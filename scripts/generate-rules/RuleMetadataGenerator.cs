namespace Compliance.GenerateRules;

using System.Globalization;
using System.Net;
using System.Text;
using Compliance.Rules.Catalog;
using YamlDotNet.RepresentationModel;

/// <summary>A rule YAML the generator cannot use (file and reason).</summary>
public sealed class RuleMetadataException(string message) : Exception(message);

/// <summary>
/// Derives from the catalog YAML (the single source of rule metadata, issue 17) every file that used to
/// repeat it by hand: the analyzers' id constants, descriptors, catalog severities and texts (both
/// languages), and the header of each docs/rules page. <see cref="Generate"/> is pure (the equality test
/// calls it); <see cref="WriteAll"/> writes what differs.
/// </summary>
public static class RuleMetadataGenerator
{
    public const string Command = "dotnet run --project scripts/generate-rules";

    /// <summary>Theme → folder/class of its descriptors and its DiagnosticCategories constant. A new analyzer theme adds a line here.</summary>
    private static readonly Dictionary<string, (string Folder, string Category)> AnalyzerThemes = new(StringComparer.Ordinal)
    {
        ["secret"] = ("Secrets", "Secrets"),
        ["weak-hash"] = ("Hashing", "Hashing"),
        ["pii"] = ("PersonalData", "PersonalData"),
        ["tls"] = ("Tls", "Tls"),
        ["account-security"] = ("AccountSecurity", "AccountSecurity"),
        ["access-control"] = ("AccessControl", "AccessControl"),
    };

    private const string AnalyzerDir = "analyzers/Compliance.Analyzers";
    private const string DocsBegin = "<!-- generated:begin";
    private const string DocsEnd = "<!-- generated:end -->";

    /// <summary>The analyzer part of a rules/diagnostics entry (its <c>analyzer:</c> block).</summary>
    private sealed record AnalyzerRule(RuleDefinition Rule, string Name, string BuildSeverity,
        LocalizedText? Message, LocalizedText Description, IReadOnlyList<(string Key, LocalizedText Text)> Messages);

    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln"))) return dir.FullName;
        throw new RuleMetadataException("Compliance.sln not found above " + start);
    }

    /// <summary>Every generated file: repository-relative path (with '/') → content.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string root)
    {
        var catalog = CatalogLoader.LoadFromDirectory(Path.Combine(root, "rules"));
        var analyzers = ReadAnalyzerRules(root, catalog);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{AnalyzerDir}/RuleIdentifiers.g.cs"] = RuleIdentifiers(analyzers),
            [$"{AnalyzerDir}/RuleResources.resx"] = Resx(analyzers, zh: false),
            [$"{AnalyzerDir}/RuleResources.zh-Hans.resx"] = Resx(analyzers, zh: true),
        };
        foreach (var group in analyzers.GroupBy(a => AnalyzerThemes[a.Rule.Theme].Folder))
            files[$"{AnalyzerDir}/{group.Key}/{group.Key}Descriptors.g.cs"] = Descriptors(group.Key, group.ToList());

        var analyzerById = analyzers.ToDictionary(a => a.Rule.Id, StringComparer.Ordinal);
        var analyzerSources = Sources(root, AnalyzerDir, "*Analyzer.cs");
        foreach (var rule in catalog.Rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var path = $"docs/rules/{rule.Id}.md";
            var full = Path.Combine(root, path);
            var existing = File.Exists(full) ? File.ReadAllText(full).ReplaceLineEndings("\n") : null;
            var analyzer = analyzerById.GetValueOrDefault(rule.Id);
            // Which class implements it: an analyzer's is found in the source (its descriptor field); a policy names
            // its check in policy.yaml ("check": a class or jmespath; PolicyChecksAreNamedTests keeps it true).
            var classes = analyzer is not null
                ? Implementers(analyzerSources, new System.Text.RegularExpressions.Regex($@"Descriptors\.{analyzer.Name}\b"))
                : PolicyCheck(rule) is { } check and not JmesPathCheck ? [check] : [];
            files[path] = DocsPage(existing, DocsHeader(rule, catalog, analyzer, classes), rule.Id, rule.Description ?? analyzer?.Description);
        }
        return files;
    }

    /// <summary>Writes the generated files whose content differs; returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string root)
    {
        var changed = new List<string>();
        foreach (var (path, content) in Generate(root))
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full) && File.ReadAllText(full) == content) continue;
            File.WriteAllText(full, content, new UTF8Encoding(false));
            changed.Add(path);
        }
        return changed;
    }

    private static List<AnalyzerRule> ReadAnalyzerRules(string root, RuleCatalog catalog)
    {
        var list = new List<AnalyzerRule>();
        foreach (var rule in catalog.Rules.Values.Where(r => r.Kind is RuleKind.Analyzer or RuleKind.Observation).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var file = $"rules/diagnostics/{rule.Id}.yaml";
            var stream = new YamlStream();
            using (var reader = new StreamReader(Path.Combine(root, file))) stream.Load(reader);
            var map = (YamlMappingNode)stream.Documents[0].RootNode;
            if (Child(map, "analyzer") is not YamlMappingNode block)
                throw new RuleMetadataException($"{file}: a kind: {rule.Kind.ToString().ToLowerInvariant()} rule needs an 'analyzer:' block (name, description, message or messages; see docs/contributing.md)");
            if (!AnalyzerThemes.ContainsKey(rule.Theme))
                throw new RuleMetadataException($"{file}: theme '{rule.Theme}' has no analyzer descriptors class yet (add it to AnalyzerThemes in scripts/generate-rules)");
            var name = Scalar(block, "name") ?? throw new RuleMetadataException($"{file}: analyzer.name is required (the RuleIdentifiers constant and descriptor field)");
            var buildSeverity = Scalar(block, "buildSeverity") ?? (rule.Kind == RuleKind.Observation ? "hidden" : "warning");
            if (buildSeverity is not ("hidden" or "info" or "warning" or "error"))
                throw new RuleMetadataException($"{file}: analyzer.buildSeverity '{buildSeverity}': use hidden, info, warning or error");
            var message = Text(block, "message", file);
            var description = Text(block, "description", file) ?? throw new RuleMetadataException($"{file}: analyzer.description (zh, en) is required");
            var messages = new List<(string, LocalizedText)>();
            if (Child(block, "messages") is YamlMappingNode extra)
                foreach (var (k, _) in extra.Children)
                {
                    var key = ((YamlScalarNode)k).Value!;
                    if (key is "Title" or "Description" || (key == "Message" && message is not null))
                        throw new RuleMetadataException($"{file}: analyzer.messages.{key} clashes with the rule's own {key.ToLowerInvariant()}");
                    messages.Add((key, Text(extra, key, file)!));
                }
            if (message is null && messages.Count == 0)
                throw new RuleMetadataException($"{file}: give analyzer.message, or analyzer.messages (then the descriptor's message is \"{{0}}\", one of them)");
            list.Add(new AnalyzerRule(rule, name, buildSeverity, message, description, messages.OrderBy(m => m.Item1, StringComparer.Ordinal).ToList()));
        }
        var duplicate = list.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new RuleMetadataException($"analyzer.name '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(a => a.Rule.Id))}");
        return list;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static LocalizedText? Text(YamlMappingNode map, string key, string file)
    {
        if (Child(map, key) is not { } node) return null;
        if (node is YamlMappingNode m && Scalar(m, "zh") is { } zh && Scalar(m, "en") is { } en) return new LocalizedText(zh, en);
        throw new RuleMetadataException($"{file}:{node.Start.Line}: '{key}' needs both zh and en");
    }

    private const string CsHeader = "// <auto-generated>\n// Generated from rules/diagnostics/*.yaml by `" + Command + "`.\n// Do not edit: change the YAML and run the command again.\n// </auto-generated>\n";

    private static string RuleIdentifiers(List<AnalyzerRule> analyzers)
    {
        var sb = new StringBuilder(CsHeader);
        sb.Append("namespace Compliance.Analyzers\n{\n");
        sb.Append("    /// <summary>Every diagnostic id the analyzers report, one per rules/diagnostics/CMPxxxx.yaml of kind analyzer or observation.</summary>\n");
        sb.Append("    public static class RuleIdentifiers\n    {\n");
        foreach (var a in analyzers)
            sb.Append($"        /// <summary>{Xml(a.Rule.Title.En)}</summary>\n        public const string {a.Name} = \"{a.Rule.Id}\";\n");
        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    private static string Descriptors(string folder, List<AnalyzerRule> rules)
    {
        var cls = folder + "Descriptors";
        var sb = new StringBuilder(CsHeader);
        sb.Append("#nullable enable\nusing System.Collections.Generic;\nusing System.Collections.Immutable;\nusing Microsoft.CodeAnalysis;\n\n");
        sb.Append($"namespace Compliance.Analyzers.{folder}\n{{\n    internal static partial class {cls}\n    {{\n");
        sb.Append("        /// <summary>Catalog severities (the YAML's <c>severity:</c>), lowered and passed on as <c>compliance.severity</c> in test projects.</summary>\n");
        sb.Append("        internal static readonly ImmutableDictionary<string, string> CatalogSeverity = ImmutableDictionary.CreateRange(new[]\n        {\n");
        foreach (var a in rules)
            sb.Append($"            new KeyValuePair<string, string>(RuleIdentifiers.{a.Name}, \"{a.Rule.Severity.ToString().ToLowerInvariant()}\"),\n");
        sb.Append("        });\n");
        foreach (var a in rules)
        {
            var id = a.Rule.Id;
            var severity = a.BuildSeverity switch { "hidden" => "Hidden", "info" => "Info", "error" => "Error", _ => "Warning" };
            var tags = a.Rule.Kind == RuleKind.Observation ? $"\"{a.Rule.Theme}\", \"security\", \"observation\"" : $"\"{a.Rule.Theme}\", \"security\"";
            var message = a.Message is null ? "RuleTexts.L(\"Reason_Message\")" : $"RuleTexts.L(\"{id}_Message\")";
            sb.Append($"\n        /// <summary>{id}: {Xml(a.Rule.Title.En)}</summary>\n");
            sb.Append($"        public static readonly DiagnosticDescriptor {a.Name} = new DiagnosticDescriptor(\n");
            sb.Append($"            RuleIdentifiers.{a.Name},\n            RuleTexts.L(\"{id}_Title\"),\n            {message},\n");
            sb.Append($"            DiagnosticCategories.{AnalyzerThemes[a.Rule.Theme].Category},\n            DiagnosticSeverity.{severity},\n");
            sb.Append($"            isEnabledByDefault: {(a.Rule.EnabledByDefault ? "true" : "false")},\n");
            sb.Append($"            description: RuleTexts.L(\"{id}_Description\"),\n            helpLinkUri: HelpLinks.For(RuleIdentifiers.{a.Name}),\n");
            sb.Append($"            customTags: new[] {{ {tags} }});\n");
        }
        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    private static string Resx(List<AnalyzerRule> analyzers, bool zh)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["Reason_Message"] = "{0}" };
        string Pick(LocalizedText t) => zh ? t.Zh : t.En;
        foreach (var a in analyzers)
        {
            entries[a.Rule.Id + "_Title"] = Pick(a.Rule.Title);
            entries[a.Rule.Id + "_Description"] = Pick(a.Description);
            if (a.Message is not null) entries[a.Rule.Id + "_Message"] = Pick(a.Message);
            foreach (var (key, text) in a.Messages) entries[a.Rule.Id + "_" + key] = Pick(text);
        }
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append("<!-- Generated from rules/diagnostics/*.yaml by scripts/generate-rules: do not edit (see docs/contributing.md). -->\n<root>\n");
        sb.Append("  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>\n");
        sb.Append("  <resheader name=\"version\"><value>2.0</value></resheader>\n");
        sb.Append("  <resheader name=\"reader\"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n");
        sb.Append("  <resheader name=\"writer\"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n");
        foreach (var (key, value) in entries)
            sb.Append($"  <data name=\"{key}\" xml:space=\"preserve\"><value>{Xml(value)}</value></data>\n");
        sb.Append("</root>\n");
        return sb.ToString();
    }

    private static string Xml(string s) => WebUtility.HtmlEncode(s).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);

    // ---- docs/rules/CMPxxxx.md: a generated header; the hand-written body below it stays ----

    private static List<(string Name, string Text)> Sources(string root, string dir, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(root, dir), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.EndsWith(".g.cs", StringComparison.Ordinal))
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();

    private static List<string> Implementers(List<(string Name, string Text)> sources, System.Text.RegularExpressions.Regex uses) =>
        sources.Where(s => uses.IsMatch(s.Text)).Select(s => s.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    private const string JmesPathCheck = "jmespath";

    /// <summary>The <c>check:</c> a policy.yaml names (catalog key kept in <see cref="RuleDefinition.Extra"/>).</summary>
    private static string? PolicyCheck(RuleDefinition rule) =>
        rule.Kind == RuleKind.Policy ? rule.Extra.GetValueOrDefault("check") as string : null;

    private static string DocsHeader(RuleDefinition rule, RuleCatalog catalog, AnalyzerRule? analyzer, List<string> classes)
    {
        var source = rule.Kind == RuleKind.Policy ? rule.SourceFile : $"rules/diagnostics/{rule.Id}.yaml";
        var sb = new StringBuilder();
        sb.Append($"{DocsBegin} from {source} by scripts/generate-rules; edit the YAML, not this block -->\n");
        sb.Append($"# {rule.Id} — {Md(rule.Title.En)}\n\n**{Md(rule.Title.Zh)}**\n\n| | |\n|---|---|\n");
        sb.Append($"| Theme | `{rule.Theme}` |\n");
        var names = string.Join(", ", classes.Select(c => $"`{c}`"));
        var kind = rule.Kind switch
        {
            RuleKind.Analyzer => $"Roslyn analyzer {names}".TrimEnd(),
            RuleKind.Observation => $"observation (hidden Roslyn diagnostic, positive evidence, never a finding) of {names}".TrimEnd(),
            RuleKind.Policy when PolicyCheck(rule) == JmesPathCheck => "JMESPath rule in `policy.yaml` (docs/policies.md)",
            RuleKind.Policy => $"policy-engine check {names}".TrimEnd(),
            _ => "tool notice",
        };
        sb.Append($"| Implemented as | {kind} |\n");
        sb.Append($"| Severity | {rule.Severity.ToString().ToLowerInvariant()}{(analyzer is null ? "" : $" (build: {analyzer.BuildSeverity})")} |\n");
        sb.Append($"| Precision | {rule.Precision} |\n");
        sb.Append($"| Enabled by default | {(rule.EnabledByDefault ? "yes" : "no")} |\n");
        sb.Append($"| Controls | {string.Join(", ", rule.Controls.Select(c => $"`{c}`"))} |\n");
        var clauses = catalog.ClausesOf(rule);
        if (clauses.Count > 0)
            sb.Append($"| Law clauses | {string.Join(", ", clauses.Select(c => catalog.Clauses.TryGetValue(c, out var cl) ? $"{Md(cl.ReferenceFor("en"))} (`{c}`)" : $"`{c}`"))} |\n");
        if (rule.Cwe.Count > 0) sb.Append($"| CWE | {string.Join(", ", rule.Cwe)} |\n");
        sb.Append($"\n**Remediation:** {Md(rule.Remediation.En)}\n\n**修复：** {Md(rule.Remediation.Zh)}\n");
        sb.Append(DocsEnd + "\n");
        return sb.ToString();
    }

    /// <summary>Markdown text: no raw HTML, no table breaks.</summary>
    private static string Md(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ").Trim();

    private static string DocsPage(string? existing, string header, string id, LocalizedText? description)
    {
        if (existing is null)
        {
            // A new rule's page: the header and, for a start, the YAML's description; write the rest by hand.
            var body = description is { } d ? $"## What it finds\n\n{Md(d.En)}\n\n{Md(d.Zh)}\n" : "## What it finds\n\n(to be written)\n";
            return header + "\n" + body;
        }
        var start = existing.IndexOf(DocsBegin, StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = existing.IndexOf(DocsEnd, start, StringComparison.Ordinal);
            if (end < 0) throw new RuleMetadataException($"docs/rules/{id}.md: '{DocsBegin}' without '{DocsEnd}'");
            return existing[..start] + header + existing[(end + DocsEnd.Length)..].TrimStart('\n').Insert(0, "\n");
        }
        // First run on a hand-written page: drop its old header (title, bold Chinese title, table), keep the rest.
        var lines = existing.Split('\n');
        var i = 0;
        while (i < lines.Length && (lines[i].StartsWith("# ", StringComparison.Ordinal) || lines[i].Trim().Length == 0 || lines[i].StartsWith('|')
               || (lines[i].StartsWith("**", StringComparison.Ordinal) && lines[i].TrimEnd().EndsWith("**", StringComparison.Ordinal))))
            i++;
        return header + "\n" + string.Join('\n', lines[i..]);
    }
}

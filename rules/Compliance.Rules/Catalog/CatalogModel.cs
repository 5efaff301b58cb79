namespace Compliance.Rules.Catalog;

using Compliance.Rules.Model;

/// <summary>
/// Bilingual text (zh is the default language of the product): catalog titles and quotes, and every
/// finding and notice message. results.json stores messages as <c>{"zh-CN": "…", "en": "…"}</c>; only
/// the writers (console, SARIF, HTML/Markdown, JUnit, comments) pick one, so <c>report --lang en</c> of
/// a zh-CN scan is fully English.
/// </summary>
public sealed record LocalizedText(
    [property: System.Text.Json.Serialization.JsonPropertyName("zh-CN")] string Zh,
    [property: System.Text.Json.Serialization.JsonPropertyName("en")] string En)
{
    public string For(string? lang) => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Zh;
    public override string ToString() => Zh;
}

/// <summary>A law or standard (rules/laws/&lt;id&gt;.yaml).</summary>
public sealed record Law(string Id, LocalizedText Name, IReadOnlyList<Clause> Clauses, string SourceFile);

/// <summary>
/// One clause: ids like <c>pipl-51</c>, <c>csl-2025-23</c> (Legacy <c>csl-2016-21</c>),
/// <c>gbt22239-8.1.4.1-d</c>. Mark is the reference's verification mark: V, S or U.
/// </summary>
public sealed record Clause(string Id, string LawId, string Reference, LocalizedText Quote, string Mark, string? Legacy)
{
    /// <summary>English reference text (e.g. "CSL Art. 21 (2016) / Art. 23 (2025)"); <see cref="Reference"/> is the Chinese one.</summary>
    public string ReferenceEn { get; init; } = "";

    public string ReferenceFor(string lang) =>
        lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) && ReferenceEn.Length > 0 ? ReferenceEn : Reference;
}

/// <summary>A security control (rules/controls/&lt;id&gt;.yaml) that cites clauses.</summary>
public sealed record Control(string Id, string Theme, LocalizedText Title, LocalizedText Description,
    IReadOnlyList<string> Clauses, string SourceFile);

/// <summary>What kind of check produces a rule's findings.</summary>
/// <summary>
/// Observation: a hidden analyzer diagnostic that records a passing judgement (positive evidence for a
/// claim part, DECISIONS.md "Observations"), never a finding.
/// </summary>
public enum RuleKind { Analyzer, Policy, Tool, Observation }

/// <summary>
/// A check with an id (CMPxxxx): an analyzer diagnostic (rules/diagnostics/&lt;id&gt;.yaml), a
/// configuration policy (rules/policies/&lt;theme&gt;/&lt;id&gt;/policy.yaml) or a tool notice.
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }
    public required RuleKind Kind { get; init; }
    public required string Theme { get; init; }
    public required Severity Severity { get; init; }
    public required LocalizedText Title { get; init; }
    /// <summary>How to fix it (zh/en).</summary>
    public required LocalizedText Remediation { get; init; }
    /// <summary>Optional longer explanation (policies).</summary>
    public LocalizedText? Description { get; init; }
    public required IReadOnlyList<string> Controls { get; init; }
    public IReadOnlyList<string> Cwe { get; init; } = [];
    /// <summary>Off-by-default rules (e.g. non-security MD5) produce nothing unless enabled.</summary>
    public bool EnabledByDefault { get; init; } = true;
    /// <summary>Default precision of its results (<c>precision:</c>, default high); a result may carry its own.</summary>
    public string Precision { get; init; } = Model.Precisions.High;
    /// <summary>Relative docs page, docs/rules/&lt;ID&gt;.md.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";
    public required string SourceFile { get; init; }
    /// <summary>Policy-only: raw policy document (selection/assertion), for the policy engine.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A set of whitepaper claims (rules/profiles/&lt;id&gt;.yaml, or a repository's own claims file).</summary>
public sealed record Profile(string Id, LocalizedText Name, IReadOnlyList<Claim> Claims, string SourceFile);

/// <summary>
/// One promise of the whitepaper. <see cref="Controls"/> are evidenced by checks; <see cref="Manual"/>
/// lists what only documents can prove (drills, contracts…).
/// </summary>
public sealed record Claim(string Id, LocalizedText Title, IReadOnlyList<string> Controls,
    IReadOnlyList<LocalizedText> Manual, LocalizedText? Note)
{
    /// <summary>
    /// Explicit id of each <see cref="Manual"/> item, same order (<c>2.4/encryption-at-rest</c>): what
    /// compliance.yaml <c>evidence:</c> entries name. Checked by the loader (DECISIONS.md, "Evidence ids").
    /// </summary>
    public IReadOnlyList<string> ManualIds { get; init; } = [];

    /// <summary>The id of manual item <paramref name="index"/> (a positional fallback for claims built in code).</summary>
    public string ManualId(int index) => index < ManualIds.Count ? ManualIds[index] : $"{Id}/manual-{index + 1}";
}

/// <summary>The whole validated catalog.</summary>
public sealed class RuleCatalog
{
    public required string Version { get; init; }
    public required IReadOnlyDictionary<string, Law> Laws { get; init; }
    public required IReadOnlyDictionary<string, Clause> Clauses { get; init; }
    public required IReadOnlyDictionary<string, Control> Controls { get; init; }
    public required IReadOnlyDictionary<string, RuleDefinition> Rules { get; init; }
    public required IReadOnlyDictionary<string, Profile> Profiles { get; init; }

    public RuleDefinition? FindRule(string id) => Rules.TryGetValue(id, out var r) ? r : null;

    /// <summary>Clause ids cited by a rule, through its controls, sorted and de-duplicated.</summary>
    public IReadOnlyList<string> ClausesOf(RuleDefinition rule) =>
        rule.Controls.Where(Controls.ContainsKey).SelectMany(c => Controls[c].Clauses)
            .Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <summary>
    /// True for rules whose results are positive evidence, never findings (diagnostics with
    /// <c>kind: observation</c>, e.g. CMP2990): the CLI turns them into observations.
    /// </summary>
    public bool IsObservation(string ruleId) => FindRule(ruleId)?.Kind == RuleKind.Observation;

    /// <summary>Rules that evidence a control.</summary>
    public IEnumerable<RuleDefinition> RulesFor(string controlId) =>
        Rules.Values.Where(r => r.Controls.Contains(controlId)).OrderBy(r => r.Id, StringComparer.Ordinal);
}

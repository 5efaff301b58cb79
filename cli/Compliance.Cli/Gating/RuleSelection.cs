namespace Compliance.Cli.Gating;

using System.Text.RegularExpressions;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// <c>scan --rule ID</c> / <c>--skip-rule ID</c> (repeatable, comma-separated, globs with * and ?,
/// case-insensitive). Every check still runs — one analyzer pass serves all rules — and the
/// results of rules left out are dropped before waivers, the baseline, claims and every output:
/// <list type="bullet">
/// <item>with <c>--rule</c>, only matching rules report; tool results (parse errors, failed
/// checks: kind <c>tool</c>, CMP9xxx) stay unless skipped by name, because they say what was not
/// checked;</item>
/// <item><c>--skip-rule</c> wins over <c>--rule</c>;</item>
/// <item>claims: a rule left out gives no evidence — a theme counts as examined only when all of
/// its rules ran, so a claim that needs a skipped rule is at best not-covered, never met;</item>
/// <item>baselines: entries of rules left out are not reported as fixed (absent).</item>
/// </list>
/// A plain id that is not in the catalog exits 2; so does a <c>--rule</c> glob that matches no
/// rule (it would silently check nothing); a <c>--skip-rule</c> glob that matches none is a warning.
/// </summary>
public sealed class RuleSelection
{
    private readonly HashSet<string> _selected;
    private readonly RuleCatalog _catalog;

    /// <summary>No --rule and no --skip-rule: every rule reports.</summary>
    public bool IsAll { get; }
    /// <summary>Warnings for the console (skip globs that matched nothing).</summary>
    public IReadOnlyList<string> Warnings { get; }

    private RuleSelection(RuleCatalog catalog, HashSet<string> selected, bool all, IReadOnlyList<string> warnings)
    {
        _catalog = catalog;
        _selected = selected;
        IsAll = all;
        Warnings = warnings;
    }

    public static RuleSelection Parse(IEnumerable<string>? rules, IEnumerable<string>? skips, RuleCatalog catalog)
    {
        var include = Split(rules);
        var exclude = Split(skips);
        if (include.Count == 0 && rules?.Any() == true) throw new UsageException("--rule needs a rule id or glob (got an empty value)");
        if (exclude.Count == 0 && skips?.Any() == true) throw new UsageException("--skip-rule needs a rule id or glob (got an empty value)");
        var ids = catalog.Rules.Keys.Order(StringComparer.Ordinal).ToList();
        var warnings = new List<string>();
        if (include.Count == 0 && exclude.Count == 0) return new RuleSelection(catalog, [.. ids], true, warnings);

        HashSet<string> Resolve(List<string> patterns, string option)
        {
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in patterns)
            {
                var hits = ids.Where(id => Matches(p, id)).ToList();
                if (hits.Count == 0)
                {
                    if (!IsGlob(p)) throw new UsageException($"unknown rule '{p}' in {option}: see 'compliance rules list'");
                    if (option == "--rule") throw new UsageException($"--rule '{p}' matches no rule: see 'compliance rules list'");
                    warnings.Add($"warning: --skip-rule '{p}' matches no rule");
                }
                matched.UnionWith(hits);
            }
            return matched;
        }

        var included = include.Count == 0
            ? ids.ToHashSet(StringComparer.Ordinal)
            : Resolve(include, "--rule").Union(ids.Where(id => catalog.Rules[id].Kind == RuleKind.Tool)).ToHashSet(StringComparer.Ordinal);
        included.ExceptWith(Resolve(exclude, "--skip-rule"));
        return new RuleSelection(catalog, included, false, warnings);
    }

    /// <summary>Whether results of <paramref name="ruleId"/> are reported. Ids outside the catalog (tool notices) always are unless filtered by name.</summary>
    public bool Includes(string ruleId) => IsAll || _selected.Contains(ruleId) || !_catalog.Rules.ContainsKey(ruleId);

    /// <summary>Before waivers, baseline and claims: drops the results of rules left out, and the evidence of themes not fully checked.</summary>
    public void ApplyToScan(ScanResult result)
    {
        if (IsAll) return;
        result.Findings.RemoveAll(f => !Includes(f.RuleId));
        foreach (var theme in result.Examined.Keys.ToList())
        {
            var partial = _catalog.Rules.Values.Any(r => r.Theme == theme && r.EnabledByDefault && !Includes(r.Id));
            if (partial) result.Examined.Remove(theme);
        }
    }

    /// <summary>After the baseline: entries of rules left out are not "fixed" — they were not looked for.</summary>
    public void ApplyToBaseline(ScanResult result)
    {
        if (IsAll) return;
        var removed = result.Findings.RemoveAll(f => f.BaselineState == BaselineStates.Absent && !Includes(f.RuleId));
        if (removed > 0 && result.Summary.Absent is { } absent) result.Summary.Absent = absent - removed;
    }

    private static List<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsGlob(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    private static bool Matches(string pattern, string id) =>
        IsGlob(pattern)
            ? Regex.IsMatch(id, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : string.Equals(pattern, id, StringComparison.OrdinalIgnoreCase);
}

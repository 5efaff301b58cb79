namespace Compliance.Rules.Tests;

using System.Reflection;
using Compliance.Analyzers;
using Compliance.Rules.Catalog;

/// <summary>The catalog, the analyzers' id constants and the docs pages agree.</summary>
public class CatalogConsistencyTests
{
    private static IReadOnlyList<string> AnalyzerIds() =>
        typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_RuleIdentifiers_constant_has_an_analyzer_entry_in_rules_diagnostics()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var missing = AnalyzerIds().Where(id => catalog.FindRule(id) is not { Kind: RuleKind.Analyzer or RuleKind.Observation }).ToList();
        Assert.True(missing.Count == 0, "RuleIdentifiers without rules/diagnostics/<ID>.yaml (kind: analyzer or observation): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_analyzer_entry_in_rules_diagnostics_has_a_RuleIdentifiers_constant()
    {
        var ids = AnalyzerIds().ToHashSet(StringComparer.Ordinal);
        var extra = CatalogLoader.LoadEmbedded().Rules.Values
            .Where(r => r.Kind is RuleKind.Analyzer or RuleKind.Observation && !ids.Contains(r.Id)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, "kind: analyzer entries without a RuleIdentifiers constant: " + string.Join(", ", extra));
    }

    [Fact]
    public void Every_rule_has_a_docs_page_that_names_it()
    {
        var problems = new List<string>();
        foreach (var rule in CatalogLoader.LoadEmbedded().Rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var page = Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md");
            if (!File.Exists(page)) problems.Add($"{rule.Id}: docs/rules/{rule.Id}.md missing");
            else if (!File.ReadAllText(page).Contains(rule.Id, StringComparison.Ordinal)) problems.Add($"{rule.Id}: its page does not mention it");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

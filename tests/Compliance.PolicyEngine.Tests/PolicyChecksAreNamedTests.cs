namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Checks.Kubernetes;
using Compliance.Rules.Catalog;

/// <summary>
/// Every policy.yaml names what judges it (<c>check:</c> an <see cref="IPolicyCheck"/> class or <c>jmespath</c>);
/// the docs pages' "Implemented as" row is generated from that name, so it must be true both ways.
/// </summary>
public class PolicyChecksAreNamedTests
{
    private static readonly IReadOnlyList<RuleDefinition> s_policies =
        CatalogLoader.LoadEmbedded().Rules.Values.Where(r => r.Kind == RuleKind.Policy).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    private static string? CheckOf(RuleDefinition rule) => rule.Extra.GetValueOrDefault("check") as string;

    [Fact]
    public void Every_named_check_class_exists_and_claims_the_policy_id()
    {
        Assert.True(s_policies.Count >= 40, $"only {s_policies.Count} policies in the catalog");
        var classes = PolicyEvaluator.Checks.Where(c => c is not JmesPathPolicyCheck).ToDictionary(c => c.GetType().Name, StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var rule in s_policies)
        {
            var check = CheckOf(rule);
            if (check is null) wrong.Add($"{rule.Id}: policy.yaml names no check");
            else if (check == "jmespath")
            {
                if (JmesPathPolicy.From(rule) is null) wrong.Add($"{rule.Id}: check is jmespath but the file has no match.kubernetes + asserts");
            }
            else if (!classes.TryGetValue(check, out var c)) wrong.Add($"{rule.Id}: no IPolicyCheck class named {check}");
            else if (!c.RuleIds.Contains(rule.Id)) wrong.Add($"{rule.Id}: {check}.RuleIds is [{string.Join(", ", c.RuleIds)}]");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Checks also report tool results (CMP9001) and observations, which have no policy.yaml: those ids are not named.</summary>
    [Fact]
    public void Every_policy_id_a_check_class_claims_names_that_class()
    {
        var catalog = CatalogLoader.LoadEmbedded().Rules;
        var named = s_policies.ToDictionary(r => r.Id, CheckOf, StringComparer.Ordinal);
        var claims = PolicyEvaluator.Checks.Where(c => c is not JmesPathPolicyCheck)
            .SelectMany(c => c.RuleIds.Select(id => (Class: c.GetType().Name, Id: id)))
            .ToList();
        Assert.Contains(claims, x => x.Id == "CMP5201" && x.Class == "SshdPasswordAuthenticationCheck");
        var wrong = claims
            .Where(x => !catalog.TryGetValue(x.Id, out var r) || r.Kind == RuleKind.Policy)
            .Where(x => named.GetValueOrDefault(x.Id) != x.Class)
            .Select(x => $"{x.Class} claims {x.Id}, whose policy.yaml names {named.GetValueOrDefault(x.Id) ?? "(no such policy)"}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}

namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;
using Compliance.Rules.Model;

/// <summary>Runs the policy engine over in-memory files and renders findings as "path:line RULE".</summary>
internal static class YamlJsonTestKit
{
    public static PolicyRunResult Scan(params (string Path, string Text)[] files) =>
        PolicyEvaluator.Evaluate(files.Select(f => new ConfigFile(f.Path, f.Text)).ToList());

    public static IReadOnlyList<string> Hits(PolicyRunResult r, params string[] ruleIds) =>
        r.Findings.Where(f => ruleIds.Length == 0 ? f.RuleId.StartsWith("CMP5", StringComparison.Ordinal) || f.RuleId.StartsWith("CMP9", StringComparison.Ordinal) : ruleIds.Contains(f.RuleId))
            .Select(f => $"{f.File}:{f.StartLine} {f.RuleId}").ToList();

    /// <summary>Fixtures are read from the source tree (beside this file), so no project change is needed.</summary>
    public static string Fixture(string relative, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", relative));
}

namespace Compliance.PolicyEngine;

using Compliance.Rules.Model;

/// <summary>
/// Entry point: runs every registered <see cref="IPolicyCheck"/> over a scan's config files.
/// Checks are discovered by reflection (one class per check, no central list to edit).
/// </summary>
public static class PolicyEvaluator
{
    private static readonly Lazy<IReadOnlyList<IPolicyCheck>> s_checks = new(() =>
        typeof(PolicyEvaluator).Assembly.GetTypes()
            .Where(t => typeof(IPolicyCheck).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IPolicyCheck)Activator.CreateInstance(t)!)
            .ToList());

    public static IReadOnlyList<IPolicyCheck> Checks => s_checks.Value;

    public static PolicyRunResult Evaluate(IReadOnlyList<ConfigFile> files, PolicyOptions? options = null)
    {
        var set = new DocumentSet(files);
        var report = new PolicyReport(options ?? new PolicyOptions());
        foreach (var check in Checks)
        {
            try
            {
                check.Run(set, report);
            }
            catch (Exception ex)
            {
                // A bug in one check must not lose the others' results: report it as a tool notice finding.
                report.Add(new Finding
                {
                    RuleId = "CMP9099",
                    File = ".",
                    Message = $"Internal error in policy check {check.GetType().Name}: {ex.GetType().Name}: {ex.Message}",
                    MessageZh = $"策略检查 {check.GetType().Name} 内部错误：{ex.GetType().Name}: {ex.Message}（其他检查的结果不受影响，请报告此问题）",
                });
            }
        }
        var findings = report.Findings
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        // A site with a finding of the same rule is not evidence for it (a check may judge several settings of one site).
        var flagged = findings.Select(f => (f.RuleId, f.File, f.StartLine)).ToHashSet();
        var observations = report.Observations.Where(o => !flagged.Contains((o.RuleId, o.File, o.Line))).ToList();
        return new PolicyRunResult(findings, report.ExaminedFiles) { Observations = observations };
    }
}

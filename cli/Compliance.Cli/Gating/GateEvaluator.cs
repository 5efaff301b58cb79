namespace Compliance.Cli.Gating;

using Compliance.Rules.Model;

/// <summary>
/// The exit code of a scan: 1 when an unsuppressed finding is at or above its theme's
/// <c>--fail-on</c> threshold, else 0. When the scan was compared with a baseline (any finding
/// carries a baselineState), only <c>new</c> findings count; <c>absent</c> ones never do.
/// </summary>
public static class GateEvaluator
{
    public const int Pass = 0;
    public const int Fail = 1;

    public static int Evaluate(ScanResult result, FailOnSpec spec) => Failing(result, spec).Any() ? Fail : Pass;

    /// <summary>The findings that make the gate fail (for the console's "why did it fail" line).</summary>
    public static IEnumerable<ResultFinding> Failing(ScanResult result, FailOnSpec spec)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(spec);
        var baselined = result.Summary.New is not null || result.Findings.Any(f => f.BaselineState is not null);
        foreach (var f in result.Findings)
        {
            if (!FindingState.IsActive(f)) continue; // suppressed, fixed or low precision
            if (baselined && f.BaselineState != BaselineStates.New) continue;
            var threshold = spec.ThresholdFor(f.Theme);
            if (threshold == Severity.None) continue;
            if (f.Severity != Severity.None && f.Severity >= threshold) yield return f;
        }
    }
}

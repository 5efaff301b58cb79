namespace Compliance.Cli.Gating;

using Compliance.Rules.Model;

/// <summary>
/// Compares a scan with a baseline. Every current finding gets <c>baselineState</c>
/// <c>new</c> or <c>unchanged</c> (matched by fingerprint, so line shifts do not matter);
/// every baseline entry no longer found is appended to <see cref="ScanResult.Findings"/> as a
/// finding with <c>baselineState: "absent"</c> (SARIF's state for a fixed result): it keeps the
/// baseline's rule, file, line and severity, has an empty evidence and a "fixed since the
/// baseline" message, and is not counted in the severity totals, the gate or claim verdicts.
/// </summary>
public static class Baseline
{
    public const string AbsentMessage = "Fixed since the baseline: this finding is no longer reported.";
    /// <summary>Both languages, so a re-render in the other language (report --lang) reads in one language.</summary>
    public static readonly Compliance.Rules.Catalog.LocalizedText AbsentText = new("自基线以来已修复：该问题不再出现。", AbsentMessage);

    public static void Apply(ScanResult result, BaselineFile baseline)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(baseline);

        // Drop absent entries of an earlier Apply so applying twice gives the same result.
        result.Findings.RemoveAll(f => f.BaselineState == BaselineStates.Absent);

        var known = new HashSet<string>(baseline.Findings.Select(e => e.Fingerprint), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int @new = 0, unchanged = 0;
        foreach (var f in result.Findings)
        {
            seen.Add(f.Id);
            if (known.Contains(f.Id)) { f.BaselineState = BaselineStates.Unchanged; unchanged++; }
            else { f.BaselineState = BaselineStates.New; @new++; }
        }

        // A pull-request scan (--changed-since) looked only at changed files: an entry elsewhere is not "fixed".
        var changed = result.Scan.ChangedSince?.Files.ToHashSet(StringComparer.Ordinal);
        var absent = baseline.Findings
            .Where(e => !seen.Contains(e.Fingerprint) && (changed is null || changed.Contains(e.File)))
            .GroupBy(e => e.Fingerprint, StringComparer.Ordinal).Select(g => g.First())
            .Select(e => new ResultFinding
            {
                Id = e.Fingerprint,
                RuleId = e.RuleId,
                Theme = e.Theme ?? "",
                Severity = e.Severity,
                File = e.File,
                StartLine = Math.Max(1, e.StartLine),
                StartColumn = 1,
                EndLine = Math.Max(1, e.StartLine),
                EndColumn = 1,
                Message = AbsentText.For(result.Scan.Lang),
                Messages = AbsentText,
                BaselineState = BaselineStates.Absent,
            })
            .ToList();
        result.Findings.AddRange(absent);
        // results.json order: file (ordinal), line, column, rule id — absent ones interleaved where they were.
        result.Findings.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.File, b.File);
            if (c == 0) c = a.StartLine.CompareTo(b.StartLine);
            if (c == 0) c = a.StartColumn.CompareTo(b.StartColumn);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
            return c;
        });

        result.Summary.New = @new;
        result.Summary.Unchanged = unchanged;
        result.Summary.Absent = absent.Count;
    }
}

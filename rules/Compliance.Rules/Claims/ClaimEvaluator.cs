namespace Compliance.Rules.Claims;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// Verdict per whitepaper claim (DECISIONS.md, "Verdicts (v2)"). A claim is split into parts: one per
/// linked control (checkable) and one per manual item.
/// <list type="bullet">
/// <item>A control part is <c>contradicted</c> by an unwaived finding of a linked check (waived = <c>external</c>,
/// <c>#pragma</c>/<c>[SuppressMessage]</c> = <c>inSource</c> and baseline-absent findings do not count, nor do
/// findings the caller's filter rejects — low precision); else <c>verified</c> only by an <see cref="Observation"/>
/// of a linked check (positive evidence with file:line); else <c>not-covered</c>. Absence of findings is not evidence.</item>
/// <item>A manual part is <c>closed</c> by an unexpired evidence-register entry naming it (or its claim),
/// <c>expired</c> when the only entries have expired, else <c>open</c>.</item>
/// </list>
/// Claim verdict: <c>contradicted</c> when any part is; <c>met</c> when every control part is verified and no
/// manual part is open or expired (basis <c>attested</c> when a manual part was closed by evidence, else
/// <c>checked</c>); <c>partial</c> when something is verified or closed but not everything; <c>not-covered</c>
/// when the claim has control parts and nothing is verified or closed; <c>manual</c> when it has only manual parts
/// and they are not all closed.
/// </summary>
public static class ClaimEvaluator
{
    public const string Met = "met";
    public const string Contradicted = "contradicted";
    public const string Partial = "partial";
    public const string Manual = "manual";
    public const string NotCovered = "not-covered";

    public const string BasisChecked = "checked";
    public const string BasisAttested = "attested";

    /// <summary>v1-style call (no observations, no evidence register): no control can be verified.</summary>
    public static List<ClaimResult> Evaluate(Profile profile, RuleCatalog catalog, IReadOnlyList<ResultFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> examinedByTheme) =>
        Evaluate(profile, catalog, findings, examinedByTheme, [], []);

    /// <param name="contradicts">Which unsuppressed findings may contradict a claim (default: all); the CLI passes
    /// one that rejects low-precision findings, which never contradict.</param>
    public static List<ClaimResult> Evaluate(Profile profile, RuleCatalog catalog, IReadOnlyList<ResultFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> examinedByTheme, IReadOnlyList<Observation> observations,
        IReadOnlyList<EvidenceRecord> evidence, Func<ResultFinding, bool>? contradicts = null)
    {
        var results = new List<ClaimResult>();
        foreach (var claim in profile.Claims.OrderBy(c => c.Id, SectionComparer.Instance))
            results.Add(EvaluateClaim(claim, catalog, findings, examinedByTheme, observations, evidence, contradicts ?? (_ => true)));
        return results;
    }

    /// <summary>
    /// The overall verdict (results.json <c>summary.overall</c>): <c>contradicted</c> when a claim is;
    /// <c>met</c> when every claim is; <c>insufficient-evidence</c> when no claim has a single verified
    /// control part (an empty or irrelevant scan root — never "基本符合"); else <c>partial</c>.
    /// </summary>
    public static string Overall(IReadOnlyList<ClaimResult> claims)
    {
        if (claims.Any(c => c.Verdict == Contradicted)) return OverallVerdict.Contradicted;
        if (!claims.Any(c => c.Parts.Any(p => p.Kind == ClaimPart.ControlKind && p.Status == ClaimPart.Verified)))
            return OverallVerdict.InsufficientEvidence;
        if (claims.All(c => c.Verdict == Met)) return OverallVerdict.Met;
        return OverallVerdict.Partial;
    }

    private static ClaimResult EvaluateClaim(Claim claim, RuleCatalog catalog, IReadOnlyList<ResultFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> examinedByTheme, IReadOnlyList<Observation> observations,
        IReadOnlyList<EvidenceRecord> evidence, Func<ResultFinding, bool> contradicts)
    {
        var controls = claim.Controls.Distinct(StringComparer.Ordinal).ToList();
        var themes = controls.Where(catalog.Controls.ContainsKey).Select(c => catalog.Controls[c].Theme)
            .Distinct(StringComparer.Ordinal).OrderBy(ThemeOrder).ToList();

        var active = findings.Where(f => FindingState.IsActive(f) && contradicts(f)).ToList();
        var parts = new List<ClaimPart>();
        foreach (var control in controls)
        {
            var against = active.Where(f => ControlsOf(f, catalog).Contains(control)).ToList();
            var seen = observations.Where(o => catalog.FindRule(o.RuleId)?.Controls.Contains(control) == true)
                .Select(o => new ClaimObservation { File = o.File, Line = o.Line, RuleId = o.RuleId })
                .DistinctBy(o => (o.File, o.Line, o.RuleId))
                .OrderBy(o => o.File, StringComparer.Ordinal).ThenBy(o => o.Line).ThenBy(o => o.RuleId, StringComparer.Ordinal)
                .ToList();
            parts.Add(new ClaimPart
            {
                Kind = ClaimPart.ControlKind,
                Id = control,
                Status = against.Count > 0 ? ClaimPart.Contradicted : seen.Count > 0 ? ClaimPart.Verified : ClaimPart.NotCovered,
                Observations = seen,
            });
        }
        for (var i = 0; i < claim.Manual.Count; i++)
        {
            var id = claim.ManualId(i);
            var records = evidence.Select((r, n) => (r, n)).Where(x => x.r.Item == id || x.r.Item == claim.Id).ToList();
            var valid = records.Where(x => x.r.Status != "expired").ToList();
            var part = new ClaimPart { Kind = ClaimPart.ManualKind, Id = id, Text = claim.Manual[i].Zh, TextEn = claim.Manual[i].En };
            if (valid.Count > 0) { part.Status = ClaimPart.Closed; part.EvidenceRecord = valid[0].n; }
            else if (records.Count > 0) { part.Status = ClaimPart.Expired; part.EvidenceRecord = records[0].n; }
            else part.Status = ClaimPart.Open;
            parts.Add(part);
        }

        var evidenceList = active
            .Where(f => ControlsOf(f, catalog).Any(controls.Contains))
            .Select(f => new ClaimEvidence { File = f.File, Line = f.StartLine, RuleId = f.RuleId })
            .DistinctBy(e => (e.File, e.Line, e.RuleId))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();

        // What ran on which inputs, for every verdict (auditors want to see what was looked at).
        var examined = new List<ExaminedInput>();
        foreach (var theme in themes)
        {
            if (!examinedByTheme.TryGetValue(theme, out var files) || files.Count == 0) continue;
            var checks = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var control in controls.Where(c => catalog.Controls.TryGetValue(c, out var ctl) && ctl.Theme == theme))
                checks.UnionWith(catalog.RulesFor(control).Where(r => r.EnabledByDefault && r.Kind != RuleKind.Observation).Select(r => r.Id));
            if (checks.Count == 0) continue;
            examined.Add(new ExaminedInput
            {
                Theme = theme,
                Checks = [.. checks],
                Files = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            });
        }

        var controlParts = parts.Where(p => p.Kind == ClaimPart.ControlKind).ToList();
        var manualParts = parts.Where(p => p.Kind == ClaimPart.ManualKind).ToList();
        var verified = controlParts.Count(p => p.Status == ClaimPart.Verified);
        var closed = manualParts.Count(p => p.Status == ClaimPart.Closed);
        var manualOpen = manualParts.Count - closed;

        string verdict;
        if (controlParts.Any(p => p.Status == ClaimPart.Contradicted)) verdict = Contradicted;
        else if (verified == controlParts.Count && manualOpen == 0 && parts.Count > 0) verdict = Met;
        else if (verified > 0 || closed > 0) verdict = Partial;
        else verdict = controlParts.Count > 0 ? NotCovered : Manual;

        return new ClaimResult
        {
            Id = claim.Id,
            Title = claim.Title.Zh,
            TitleEn = claim.Title.En,
            Verdict = verdict,
            Basis = closed > 0 ? BasisAttested : BasisChecked,
            Controls = [.. claim.Controls],
            Parts = parts,
            Evidence = evidenceList,
            Examined = examined,
            Manual = claim.Manual.Select(m => m.Zh).ToList(),
            ManualEn = claim.Manual.Select(m => m.En).ToList(),
            Note = claim.Note?.Zh,
            NoteEn = claim.Note?.En,
        };
    }

    /// <summary>A finding's controls as joined into results.json, else its rule's controls from the catalog.</summary>
    private static IEnumerable<string> ControlsOf(ResultFinding f, RuleCatalog catalog) =>
        f.Controls.Count > 0 ? f.Controls : catalog.FindRule(f.RuleId)?.Controls ?? [];

    private static int ThemeOrder(string theme)
    {
        var i = Themes.All.ToList().IndexOf(theme);
        return i < 0 ? int.MaxValue : i;
    }
}

/// <summary>Orders section ids numerically: 2.2 &lt; 2.10 &lt; 3.1; non-numeric parts compare ordinally.</summary>
public sealed class SectionComparer : IComparer<string>
{
    public static readonly SectionComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var a = x.Split('.'); var b = y.Split('.');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var na = int.TryParse(a[i], out var ia); var nb = int.TryParse(b[i], out var ib);
            int c = na && nb ? ia.CompareTo(ib) : na ? -1 : nb ? 1 : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(x, y);
    }
}

namespace Compliance.Rules.Claims;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// Verdict per whitepaper claim (DECISIONS.md, "Built-in whitepaper profile"):
/// <list type="bullet">
/// <item><c>contradicted</c>: an unsuppressed finding of a linked check exists (waived = <c>external</c>
/// and <c>#pragma</c>/<c>[SuppressMessage]</c> = <c>inSource</c> suppressions do not count; baseline-absent findings neither);</item>
/// <item><c>manual</c>: the claim links no control, only documentary evidence;</item>
/// <item><c>not-covered</c>: no linked check examined any input (no database → a backup claim is not "met");</item>
/// <item><c>partial</c>: some linked controls were checked on inputs and others were not (no input of their
/// theme, or no check for them in the catalog), or some links are manual;</item>
/// <item><c>met</c>: every linked control was checked on inputs and nothing was found — listing the checks that ran
/// and the files they examined, because auditors do not accept "no findings" alone.</item>
/// </list>
/// </summary>
public static class ClaimEvaluator
{
    public const string Met = "met";
    public const string Contradicted = "contradicted";
    public const string Partial = "partial";
    public const string Manual = "manual";
    public const string NotCovered = "not-covered";

    public static List<ClaimResult> Evaluate(Profile profile, RuleCatalog catalog, IReadOnlyList<ResultFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> examinedByTheme)
    {
        var results = new List<ClaimResult>();
        foreach (var claim in profile.Claims.OrderBy(c => c.Id, SectionComparer.Instance))
            results.Add(EvaluateClaim(claim, catalog, findings, examinedByTheme));
        return results;
    }

    private static ClaimResult EvaluateClaim(Claim claim, RuleCatalog catalog, IReadOnlyList<ResultFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> examinedByTheme)
    {
        var controls = claim.Controls.ToHashSet(StringComparer.Ordinal);
        var themes = claim.Controls.Where(catalog.Controls.ContainsKey).Select(c => catalog.Controls[c].Theme)
            .Distinct(StringComparer.Ordinal).OrderBy(ThemeOrder).ToList();

        var evidence = findings
            .Where(f => FindingState.IsActive(f) && ControlsOf(f, catalog).Any(controls.Contains))
            .Select(f => new ClaimEvidence { File = f.File, Line = f.StartLine, RuleId = f.RuleId })
            .DistinctBy(e => (e.File, e.Line, e.RuleId))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();

        // A control is covered when at least one of its checks (enabled by default) exists and its
        // theme examined an input; inputs prove nothing for a control no check reads.
        var covered = new List<string>();
        var examined = new List<ExaminedInput>();
        foreach (var theme in themes)
        {
            if (!examinedByTheme.TryGetValue(theme, out var files) || files.Count == 0) continue;
            var checks = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var control in claim.Controls.Where(c => catalog.Controls.TryGetValue(c, out var ctl) && ctl.Theme == theme))
            {
                var ids = catalog.RulesFor(control).Where(r => r.EnabledByDefault).Select(r => r.Id).ToList();
                if (ids.Count == 0) continue;
                covered.Add(control);
                checks.UnionWith(ids);
            }
            if (checks.Count == 0) continue;
            examined.Add(new ExaminedInput
            {
                Theme = theme,
                Checks = [.. checks],
                Files = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            });
        }

        var hasManual = claim.Manual.Count > 0;
        string verdict;
        if (evidence.Count > 0) verdict = Contradicted;
        else if (claim.Controls.Count == 0) verdict = hasManual ? Manual : NotCovered;
        else if (covered.Count == 0) verdict = NotCovered;
        else if (covered.Count < claim.Controls.Distinct(StringComparer.Ordinal).Count() || hasManual) verdict = Partial;
        else verdict = Met;

        return new ClaimResult
        {
            Id = claim.Id,
            Title = claim.Title.Zh,
            TitleEn = claim.Title.En,
            Verdict = verdict,
            Controls = [.. claim.Controls],
            Evidence = evidence,
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

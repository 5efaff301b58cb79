namespace Compliance.Reports;

using System.Text;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// Plain-text summary for the terminal and CI logs: counts by risk, claim verdicts, top findings as
/// <c>file:line ruleId message</c>, parse-error/skipped counts and the C# fallback note. No colours
/// or control characters, so it reads the same in a log file.
/// </summary>
public static class ConsoleSummaryRenderer
{
    public const int TopCount = 10;

    public static string Render(ScanResult result, RuleCatalog catalog, string lang)
    {
        var t = ReportTexts.Load(lang);
        return Render(ReportModelBuilder.Build(result, catalog, t, DateTimeOffset.UnixEpoch), t);
    }

    /// <summary>The summary of a model already built (the CLI builds it once for HTML, Markdown and the console; no date is printed).</summary>
    public static string Render(ReportModel m, ReportTexts t)
    {
        var sb = new StringBuilder();
        var title = t["report_title"] + (m.Scan.SystemName.Length > 0 ? " — " + Clean(m.Scan.SystemName) : "");
        sb.Append(title).Append('\n');
        sb.Append($"{t["label_conclusion"]}{t["colon"]}{m.ConclusionText}\n");
        sb.Append($"{t["console_findings"]}{t["colon"]}{t["risk_high"]} {m.Counts.High}");
        if (m.Counts.Critical > 0) sb.Append($" ({t["severity_critical"]} {m.Counts.Critical})");
        sb.Append($", {t["risk_medium"]} {m.Counts.Medium}, {t["risk_low"]} {m.Counts.Low}; ");
        sb.Append($"{t["label_suppressed"]} {m.Counts.Suppressed}, {t["label_parse_errors"]} {m.Counts.ParseErrors}, {t["label_skipped"]} {m.Counts.Skipped}\n");
        if (m.Counts.LowPrecision > 0)
            sb.Append($"{t["section_low_precision"]}{t["colon"]}{m.Counts.LowPrecision} — {t["low_precision_intro"]}\n");
        if (m.Counts.HasBaseline)
            sb.Append($"{t["label_baseline"]}{t["colon"]}{t["baseline_new"]} {m.Counts.New}, {t["baseline_unchanged"]} {m.Counts.Unchanged}, {t["baseline_absent"]} {m.Counts.Absent}\n");
        if (m.Scan.CsharpFilesWithErrors > 0)
            sb.Append($"{t["label_csharp_errors"]}{t["colon"]}{m.Scan.CsharpFilesWithErrors}\n");
        if (m.Scan.GeneratedFiles > 0)
            sb.Append($"{t["label_generated"]}{t["colon"]}{m.Scan.GeneratedFiles}\n");
        if (m.Scan.CsharpMode == "fallback") sb.Append(t["console_fallback_note"]).Append('\n');

        if (m.Claims.Count > 0)
        {
            sb.Append('\n').Append(t["console_claims"]).Append('\n');
            var width = m.Claims.Max(c => c.Id.Length);
            foreach (var c in m.Claims)
                sb.Append("  ").Append(Clean(c.Id).PadRight(width)).Append("  ").Append(c.VerdictLabel)
                  .Append(" (").Append(c.Verdict).Append(")  ").Append(Clean(c.Title)).Append('\n');
        }

        if (m.TopFindings.Count > 0)
        {
            sb.Append('\n').Append(t["console_top"]).Append('\n');
            foreach (var f in m.TopFindings)
                sb.Append("  [").Append(f.RiskLabel).Append("] ").Append(Clean($"{f.File}:{f.StartLine}")).Append(' ')
                  .Append(f.RuleId).Append(' ').Append(Clean(f.Message)).Append('\n');
            if (m.Counts.Total > m.TopFindings.Count)
                sb.Append("  ").Append(t["and_more"]).Append(' ').Append(m.Counts.Total - m.TopFindings.Count).Append('\n');
        }
        foreach (var n in m.Notices)
            sb.Append("! ").Append(Clean(n.Code)).Append(' ').Append(Clean(n.Message)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Control characters (ANSI escapes, newlines) in file names or messages cannot rewrite the terminal.</summary>
    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(char.IsControl(c) ? ' ' : c);
        return sb.ToString();
    }
}

namespace Compliance.Cli.Publishing;

using System.Text;
using Compliance.Cli.Gating;
using Compliance.Reports;
using Compliance.Rules.Model;

/// <summary>
/// The one Markdown body that <c>compliance github</c>, <c>gitlab</c> and <c>gitee</c> post on a
/// pull/merge request: a hidden marker (so re-runs find and edit the same comment), the gate's
/// summary, the new findings (escaped: file names and messages come from the scanned repository)
/// and, when the scan wrote report.md, the full report folded away.
/// </summary>
public static class CommentBody
{
    /// <summary>Hidden marker that identifies the product's comment among all others.</summary>
    public const string Marker = "<!-- compliance-report -->";
    /// <summary>Rows of the findings table; the rest is counted, the report has them all.</summary>
    public const int MaxRows = 50;

    public static string Render(PublishedResults results, FailOnSpec failOn, bool gateFailed, string? reportMarkdown, int maxLength)
    {
        var sb = new StringBuilder();
        sb.Append(Marker).Append('\n');
        sb.Append(Summary(results.Result, failOn, gateFailed));
        sb.Append('\n');

        var list = results.New.ToList();
        var prefix = results.PathPrefix;
        sb.Append("### ").Append(results.HasBaseline ? "New findings" : "Findings").Append($" ({list.Count})\n\n");
        if (list.Count == 0)
        {
            sb.Append(results.HasBaseline ? "No new findings.\n" : "No findings.\n");
        }
        else
        {
            sb.Append("| severity | rule | location | message |\n| --- | --- | --- | --- |\n");
            foreach (var f in list.Take(MaxRows))
            {
                sb.Append("| ").Append(MarkdownText.Escape(f.Severity.ToToken()))
                  .Append(" | ").Append(MarkdownText.Escape(f.RuleId))
                  .Append(" | ").Append(MarkdownText.Escape(prefix + f.File)).Append(':').Append(Math.Max(1, f.StartLine))
                  .Append(" | ").Append(MarkdownText.Escape(f.Message)).Append(" |\n");
            }
            if (list.Count > MaxRows) sb.Append($"\n… and {list.Count - MaxRows} more (see the report).\n");
        }
        if (results.LowPrecisionCount > 0)
            sb.Append($"\n{results.LowPrecisionCount} low-precision result(s) are not listed here (they stay in results.json and SARIF).\n");

        var head = sb.ToString();
        if (head.Length > maxLength) return Truncate(head, maxLength);
        if (string.IsNullOrWhiteSpace(reportMarkdown)) return head;

        // The report is the scan's own rendering (escaped by the renderer); fold it away.
        const string open = "\n<details><summary>Full report</summary>\n\n";
        const string close = "\n\n</details>\n";
        var room = maxLength - head.Length - open.Length - close.Length;
        if (room < 200) return head;
        return head + open + Truncate(reportMarkdown, room) + close;
    }

    /// <summary>The gate verdict, the severity counts and the baseline numbers (also the GitHub check run's summary).</summary>
    public static string Summary(ScanResult r, FailOnSpec failOn, bool gateFailed)
    {
        var s = r.Summary;
        var sb = new StringBuilder();
        sb.Append("**compliance** ").Append(gateFailed ? "failed" : "passed").Append(" the gate (`--fail-on ").Append(failOn).AppendLine("`).").AppendLine();
        sb.AppendLine("| critical | high | medium | low | suppressed | parse errors |");
        sb.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        sb.AppendLine($"| {s.Critical} | {s.High} | {s.Medium} | {s.Low} | {s.Suppressed} | {s.ParseErrors} |");
        if (s.New is not null)
            sb.AppendLine().AppendLine($"Against the baseline: **{s.New} new**, {s.Unchanged ?? 0} unchanged, {s.Absent ?? 0} fixed. Only new findings are annotated and gate the build.");
        foreach (var n in r.Notices.Where(n => n.Code == Waivers.ExpiredWaiverCode))
            sb.AppendLine().Append("- ⚠ ").AppendLine(MarkdownText.Escape(n.Message));
        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..Math.Max(0, max - 40)] + "\n\n… (truncated; see the full report)";
}

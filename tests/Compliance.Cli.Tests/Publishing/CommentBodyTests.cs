namespace Compliance.Cli.Tests.Publishing;

using Compliance.Cli.Gating;
using Compliance.Cli.Publishing;
using Compliance.Rules.Model;

/// <summary>The comment body shared by compliance github, gitlab and gitee.</summary>
public sealed class CommentBodyTests
{
    private static ResultFinding Finding(int i, string severity = "high", string? baseline = null) => new()
    {
        Id = Fingerprint.Compute("CMP2001", $"src/F{i:D3}.cs", "M#0"), RuleId = "CMP2001", Theme = "weak-hash", Severity = SeverityExtensions.TryParse(severity, out var s) ? s : Severity.None,
        File = $"src/F{i:D3}.cs", StartLine = i + 1, EndLine = i + 1, Message = "MD5 is a weak hash", BaselineState = baseline,
    };

    private static string Render(ScanResult r, string? report = null, int max = 65_000) =>
        CommentBody.Render(PublishedResults.From(r), FailOnSpec.Parse([]), gateFailed: true, report, max);

    [Fact]
    public void Without_a_baseline_every_active_finding_is_listed_under_Findings()
    {
        var body = Render(new ScanResult { Findings = [Finding(0), Finding(1, "low")] });
        Assert.Contains("### Findings (2)\n\n| severity | rule | location | message |", body);
        Assert.Contains("| low | CMP2001 | src/F001.cs:2 | MD5 is a weak hash |", body);
        Assert.DoesNotContain("Against the baseline", body);
    }

    [Fact]
    public void No_new_findings_says_so()
    {
        var body = Render(new ScanResult { Summary = new ScanSummary { New = 0, Unchanged = 1 }, Findings = [Finding(0, baseline: "unchanged")] });
        Assert.Contains("### New findings (0)\n\nNo new findings.", body);
    }

    [Fact]
    public void The_table_stops_at_50_rows_and_counts_the_rest()
    {
        var body = Render(new ScanResult { Findings = Enumerable.Range(0, 73).Select(i => Finding(i)).ToList() });
        Assert.Equal(50, body.Split('\n').Count(l => l.StartsWith("| high | CMP2001 |", StringComparison.Ordinal)));
        Assert.Contains("… and 23 more (see the report).", body);
    }

    [Fact]
    public void The_report_is_folded_in_when_it_fits_and_left_out_when_it_does_not()
    {
        var r = new ScanResult { Findings = [Finding(0)] };
        var withReport = Render(r, "# Report\n\nbody");
        Assert.EndsWith("<details><summary>Full report</summary>\n\n# Report\n\nbody\n\n</details>\n", withReport);

        var head = Render(r);
        // Less than 200 characters of room: the report is left out rather than cut to a stub.
        var small = Render(r, new string('x', 5000), max: head.Length + 150);
        Assert.Equal(head, small);

        var max = head.Length + 1000;
        var truncated = Render(r, new string('x', 5000), max);
        Assert.True(truncated.Length <= max, $"{truncated.Length} > {max}");
        Assert.StartsWith(head, truncated);
        Assert.EndsWith("… (truncated; see the full report)\n\n</details>\n", truncated);

        // A head longer than the limit is cut too (GitHub rejects bodies over 65,536 characters).
        Assert.True(Render(r, null, max: 200).Length <= 200);
    }

    [Fact]
    public void User_controlled_text_in_notices_is_escaped()
    {
        var r = new ScanResult { Findings = [Finding(0)] };
        r.Notices.Add(new Notice { Code = Waivers.ExpiredWaiverCode, Message = "waiver for src/<script>alert(1)</script>/** expired" });
        var body = Render(r);
        Assert.Contains("- ⚠ waiver for src/&lt;script&gt;alert(1)&lt;/script&gt;/\\*\\* expired", body);
        Assert.DoesNotContain("<script>", body);
    }
}

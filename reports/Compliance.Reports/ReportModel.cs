namespace Compliance.Reports;

using Compliance.Rules.Model;

// The data model the report templates see (documented in docs/report-templates.md). Scriban's
// default member renamer turns PascalCase into snake_case: RuleId -> rule_id. Every string here
// is plain text; the template context HTML/Markdown-escapes it on output.

public sealed class ReportModel
{
    public string Lang { get; set; } = "zh-CN";
    public string RenderedAt { get; set; } = "";
    public ReportToolModel Tool { get; set; } = new();
    public ReportScanModel Scan { get; set; } = new();
    public ReportCounts Counts { get; set; } = new();
    /// <summary>fail | attention | pass (texts: t.conclusion_fail…)</summary>
    public string Conclusion { get; set; } = "pass";
    public string ConclusionText { get; set; } = "";
    /// <summary>met | partial | contradicted | insufficient-evidence (results.json summary.overall; "legacy" for v1 results).</summary>
    public string Overall { get; set; } = "";
    public string OverallLabel { get; set; } = "";
    public string OverallText { get; set; } = "";
    /// <summary>评估基准日: asOf, else the render date (Asia/Shanghai for zh-CN).</summary>
    public string AssessmentDate { get; set; } = "";
    public string ReportNumber { get; set; } = "";
    public ReportSignOff SignOff { get; set; } = new();
    public List<ReportEvidenceRecord> EvidenceRecords { get; set; } = [];
    public List<RemediationRow> Remediation { get; set; } = [];
    /// <summary>Findings grouped by rule (one row per rule: count, fix, clauses) — the compact view for print.</summary>
    public List<RuleGroup> RuleGroups { get; set; } = [];
    public List<ChartBar> RiskChart { get; set; } = [];
    public List<ChartBar> VerdictChart { get; set; } = [];
    public List<ReportClaim> Claims { get; set; } = [];
    public List<ReportLaw> Laws { get; set; } = [];
    public List<ReportFinding> Findings { get; set; } = [];
    public List<ReportFinding> TopFindings { get; set; } = [];
    /// <summary>Low-precision results: listed apart, never in the counts (DECISIONS.md "Precision and context").</summary>
    public List<ReportFinding> LowPrecisionFindings { get; set; } = [];
    public List<PersonalDataCategory> PersonalData { get; set; } = [];
    public List<ReportPersonalDataEntry> PersonalDataEntries { get; set; } = [];
    public List<ManualItem> ManualReview { get; set; } = [];
    public List<MatrixRow> Matrix { get; set; } = [];
    public List<SkippedRow> Skipped { get; set; } = [];
    public List<NoticeRow> Notices { get; set; } = [];
}

public sealed class ReportSignOff
{
    public string PreparedBy { get; set; } = "";
    public string ReviewedBy { get; set; } = "";
    public string ApprovedBy { get; set; } = "";
}

public sealed class ReportEvidenceRecord
{
    public string Item { get; set; } = "";
    public string Document { get; set; } = "";
    public string Reviewer { get; set; } = "";
    public string Date { get; set; } = "";
    public string Expires { get; set; } = "";
    public string Note { get; set; } = "";
    /// <summary>valid | expired</summary>
    public string Status { get; set; } = "";
    public string StatusLabel { get; set; } = "";
}

/// <summary>A remediation table row: a finding group (rule), its open count, owner and due date.</summary>
public sealed class RemediationRow
{
    public string Group { get; set; } = "";
    public string GroupTitle { get; set; } = "";
    public int Open { get; set; }
    public int Waived { get; set; }
    public string Owner { get; set; } = "";
    public string Due { get; set; } = "";
    /// <summary>plan (compliance.yaml remediation) | waiver | none</summary>
    public string Source { get; set; } = "";
    public string SourceLabel { get; set; } = "";
    public string Note { get; set; } = "";
}

public sealed class RuleGroup
{
    public string RuleId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Risk { get; set; } = "";
    public string RiskLabel { get; set; } = "";
    public int Count { get; set; }
    public string Remediation { get; set; } = "";
    public string Clauses { get; set; } = "";
    public string HelpUri { get; set; } = "";
}

/// <summary>One part of a claim as the report lists it.</summary>
public sealed class ReportClaimPart
{
    /// <summary>control | manual</summary>
    public string Kind { get; set; } = "";
    public string Id { get; set; } = "";
    /// <summary>Control title or manual item text.</summary>
    public string Title { get; set; } = "";
    /// <summary>verified | contradicted | not-covered | open | closed | expired</summary>
    public string Status { get; set; } = "";
    public string StatusLabel { get; set; } = "";
    public List<ReportObservation> Observations { get; set; } = [];
    /// <summary>For closed/expired manual parts: who supplied what, when, until when.</summary>
    public string EvidenceText { get; set; } = "";
}

public sealed class ReportObservation
{
    public string Location { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string RuleTitle { get; set; } = "";
}

public sealed class ReportToolModel
{
    public string Name { get; set; } = "";
    public string Version { get; set; } = "";
    public string CatalogVersion { get; set; } = "";
}

public sealed class ReportScanModel
{
    public string Root { get; set; } = "";
    public string InputsSha256 { get; set; } = "";
    public string Profile { get; set; } = "";
    public string ProfileName { get; set; } = "";
    public string SystemName { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string AsOf { get; set; } = "";
    public int FilesScanned { get; set; }
    public int CsharpFiles { get; set; }
    public int ConfigFiles { get; set; }
    /// <summary>msbuild | fallback | none</summary>
    public string CsharpMode { get; set; } = "none";
    public string CsharpModeText { get; set; } = "";
    public int CsharpFilesWithErrors { get; set; }
    /// <summary>C# files treated as generated code and not analysed.</summary>
    public int GeneratedFiles { get; set; }
}

public sealed class ReportCounts
{
    /// <summary>高: critical + high, unsuppressed and not fixed.</summary>
    public int High { get; set; }
    public int Medium { get; set; }
    public int Low { get; set; }
    public int Critical { get; set; }
    public int Total { get; set; }
    public int Suppressed { get; set; }
    public int ParseErrors { get; set; }
    public int Skipped { get; set; }
    /// <summary>Open low-precision results (listed apart, not in the totals above).</summary>
    public int LowPrecision { get; set; }
    public bool HasBaseline { get; set; }
    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Absent { get; set; }
    public int ClaimsTotal { get; set; }
}

public sealed class ChartBar
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public int Count { get; set; }
    /// <summary>Bar length in SVG user units (0-250; labels take the first 160).</summary>
    public int Width { get; set; }
    /// <summary>Top of the bar in SVG user units.</summary>
    public int Y { get; set; }
}

public sealed class ReportClaim
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>met | contradicted | partial | manual | not-covered</summary>
    public string Verdict { get; set; } = "";
    public string VerdictLabel { get; set; } = "";
    /// <summary>checked | attested | "" (v1)</summary>
    public string Basis { get; set; } = "";
    public string BasisLabel { get; set; } = "";
    public List<ReportClaimPart> Parts { get; set; } = [];
    public List<ReportClaimPart> Verified { get; set; } = [];
    public List<ReportClaimPart> NotCovered { get; set; } = [];
    public List<ReportClaimPart> ManualParts { get; set; } = [];
    public string Note { get; set; } = "";
    public List<ReportEvidence> Evidence { get; set; } = [];
    public List<ReportExamined> Examined { get; set; } = [];
    public List<string> Manual { get; set; } = [];
    public List<string> Controls { get; set; } = [];
}

public sealed class ReportEvidence
{
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string RuleId { get; set; } = "";
    public string RuleTitle { get; set; } = "";
    public string Snippet { get; set; } = "";
    /// <summary>Anchor of the finding in the details section (e.g. "f-3"), empty if none.</summary>
    public string FindingAnchor { get; set; } = "";
}

public sealed class ReportExamined
{
    public string Theme { get; set; } = "";
    public string ThemeLabel { get; set; } = "";
    public string Checks { get; set; } = "";
    public List<string> Files { get; set; } = [];
    public int MoreFiles { get; set; }
}

public sealed class ReportLaw
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<ReportClause> Clauses { get; set; } = [];
}

public sealed class ReportClause
{
    public string Id { get; set; } = "";
    public string Reference { get; set; } = "";
    public string Legacy { get; set; } = "";
    public string Quote { get; set; } = "";
    /// <summary>V | S | U (verification mark of the quote)</summary>
    public string Mark { get; set; } = "";
    public string MarkLabel { get; set; } = "";
    /// <summary>contradicted | partial | met | not-covered | manual</summary>
    public string Status { get; set; } = "";
    public string StatusLabel { get; set; } = "";
    public string Controls { get; set; } = "";
    public List<ReportFindingRef> Findings { get; set; } = [];
    /// <summary>The clause's findings per rule (compact print view): rule id and count.</summary>
    public List<RuleCount> FindingGroups { get; set; } = [];
}

public sealed class RuleCount
{
    public string RuleId { get; set; } = "";
    public int Count { get; set; }
}

public sealed class ReportFindingRef
{
    public string Anchor { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string Location { get; set; } = "";
    public string Risk { get; set; } = "";
    public string RiskLabel { get; set; } = "";
    public string Message { get; set; } = "";
}

public sealed class ReportFinding
{
    public int Index { get; set; }
    public string Anchor { get; set; } = "";
    public string Id { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string RuleTitle { get; set; } = "";
    public string Theme { get; set; } = "";
    public string ThemeLabel { get; set; } = "";
    /// <summary>critical | high | medium | low: the token custom templates see (docs/report-templates.md).</summary>
    public string Severity => Level.ToToken();
    /// <summary>The severity for ordering; internal, so not part of the template contract.</summary>
    internal Severity Level { get; init; }
    public string SeverityLabel { get; set; } = "";
    /// <summary>high | medium | low (高/中/低)</summary>
    public string Risk { get; set; } = "";
    public string RiskLabel { get; set; } = "";
    public string File { get; set; } = "";
    public int StartLine { get; set; }
    public int StartColumn { get; set; }
    public string Location { get; set; } = "";
    public string Message { get; set; } = "";
    public string Evidence { get; set; } = "";
    public string Remediation { get; set; } = "";
    public string HelpUri { get; set; } = "";
    public List<ReportControlRef> Controls { get; set; } = [];
    public List<ReportClauseRef> Clauses { get; set; } = [];
    public List<string> Related { get; set; } = [];
    public string BaselineState { get; set; } = "";
    public string BaselineLabel { get; set; } = "";
    /// <summary>True when unsuppressed and not fixed (counts towards 高/中/低).</summary>
    public bool Active { get; set; }
    /// <summary>Unsuppressed and not fixed (whatever its precision).</summary>
    public bool Open { get; set; }
    public bool LowPrecision { get; set; }
    public string Precision { get; set; } = "";
    public string PrecisionLabel { get; set; } = "";
    /// <summary>test, fixture, sample, dev, generated or empty.</summary>
    public string Context { get; set; } = "";
    public string ContextLabel { get; set; } = "";
    public ReportWaiver? Waiver { get; set; }
}

public sealed class ReportControlRef
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
}

public sealed class ReportClauseRef
{
    public string Id { get; set; } = "";
    public string Reference { get; set; } = "";
    public string Quote { get; set; } = "";
    public string Mark { get; set; } = "";
}

public sealed class ReportWaiver
{
    /// <summary>inSource | external</summary>
    public string Kind { get; set; } = "";
    public string KindLabel { get; set; } = "";
    public string Justification { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Expires { get; set; } = "";
}

public sealed class PersonalDataCategory
{
    public string Category { get; set; } = "";
    public int Sources { get; set; }
    public int Sinks { get; set; }
    public int Unmasked { get; set; }
}

public sealed class ReportPersonalDataEntry
{
    public string Category { get; set; } = "";
    public string Kind { get; set; } = "";
    public string KindLabel { get; set; } = "";
    public string Location { get; set; } = "";
    public string Symbol { get; set; } = "";
    public string Sink { get; set; } = "";
    public bool Masked { get; set; }
}

public sealed class ManualItem
{
    /// <summary>Claim id, or empty for general items (consent, contracts, training…).</summary>
    public string ClaimId { get; set; } = "";
    public string ClaimTitle { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class MatrixRow
{
    public string RuleId { get; set; } = "";
    public string Title { get; set; } = "";
    public string ThemeLabel { get; set; } = "";
    public string SeverityLabel { get; set; } = "";
    public List<ReportControlRef> Controls { get; set; } = [];
    public string Clauses { get; set; } = "";
}

public sealed class SkippedRow
{
    public string File { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class NoticeRow
{
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    public string File { get; set; } = "";
}

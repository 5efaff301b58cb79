namespace Compliance.Rules.Model;

using System.Text.Json.Serialization;
using Compliance.Rules.Catalog;

/// <summary>
/// results.json (schemaVersion 2; v1 is still read): the scan's machine-readable result and the report's data.
/// Documented in docs/results-schema.md. No wall-clock time: asOf comes from --as-of or
/// SOURCE_DATE_EPOCH only, so the same input gives byte-identical output.
/// </summary>
public sealed class ScanResult
{
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>v2 adds findings[].precision and findings[].context (and the claims fields of DECISIONS.md).</summary>
    public const int CurrentSchemaVersion = 2;
    public ToolInfo Tool { get; set; } = new();
    public ScanInfo Scan { get; set; } = new();
    public ScanSummary Summary { get; set; } = new();
    public List<ResultFinding> Findings { get; set; } = [];
    public List<ClaimResult> Claims { get; set; } = [];
    public List<PersonalDataEntry> PersonalData { get; set; } = [];
    public List<SkippedFile> Skipped { get; set; } = [];
    /// <summary>Tool notices: fallback compilation, expired waivers, files with compile errors…</summary>
    public List<Notice> Notices { get; set; } = [];
    /// <summary>compliance.yaml <c>evidence:</c> entries as judged against asOf (v2).</summary>
    public List<EvidenceRecord> EvidenceRecords { get; set; } = [];
    /// <summary>compliance.yaml <c>remediation:</c> plan (finding group, owner, due date), for the report's remediation table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public List<RemediationPlan>? Remediation { get; set; }

    /// <summary>Positive evidence the checks recorded (input to claim parts; claims[].parts[].observations carries it into results.json).</summary>
    [JsonIgnore]
    public List<Observation> Observations { get; set; } = [];

    /// <summary>Files each theme's checks examined (input to claim verdicts; claims[].examined carries it into results.json).</summary>
    [JsonIgnore]
    public Dictionary<string, SortedSet<string>> Examined { get; set; } = new(StringComparer.Ordinal);
}

public sealed class ToolInfo
{
    public string Name { get; set; } = "compliance";
    public string Version { get; set; } = "";
    public string CatalogVersion { get; set; } = "";
}

public sealed class ScanInfo
{
    /// <summary>The PATH as given (relative paths are kept relative; never an absolute path of the machine unless given).</summary>
    public string Root { get; set; } = ".";
    /// <summary>SHA-256 over the sorted (relative path, content hash) of every scanned input.</summary>
    public string InputsSha256 { get; set; } = "";
    public string Lang { get; set; } = "zh-CN";
    public string Profile { get; set; } = "";
    /// <summary>From compliance.yaml (systemName, organisation): shown on the report's cover.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SystemName { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Organisation { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; set; }
    /// <summary>compliance.yaml reportNumber (报告编号), shown on the report's cover.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReportNumber { get; set; }
    /// <summary>compliance.yaml signoff: the names of the report's sign-off block (编制 / 审核 / 批准).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SignOffNames? Signoff { get; set; }
    public int FilesScanned { get; set; }
    [JsonPropertyName("csharpFiles")]
    public int CSharpFiles { get; set; }
    public int ConfigFiles { get; set; }
    /// <summary>How C# was analysed: "msbuild", "fallback" (reduced precision) or "none".</summary>
    [JsonPropertyName("csharpMode")]
    public string CSharpMode { get; set; } = "none";
    [JsonPropertyName("csharpFilesWithErrors")]
    public int CSharpFilesWithErrors { get; set; }
    /// <summary>The git repository holding the scan root (SARIF paths and versionControlProvenance); absent outside git.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RepositoryInfo? Repository { get; set; }
    /// <summary>Set by --changed-since: only findings in these changed files are reported and gated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChangedSinceInfo? ChangedSince { get; set; }
    /// <summary>C# files treated as generated and not analysed (each is in skipped[] with reason "generated code: …").</summary>
    public int GeneratedFiles { get; set; }
}

/// <summary>Where the scan root sits in its git repository. Never an absolute path of the machine.</summary>
public sealed class RepositoryInfo
{
    /// <summary>The scan root relative to the repository root, with '/' ("" when the root is scanned).</summary>
    public string PathInRepository { get; set; } = "";
    /// <summary>The remote's URL (origin, else the first remote) with any user-info, query and fragment removed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Uri { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Revision { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Branch { get; set; }
}

/// <summary>A pull-request scan: what it was compared with and which files it reports on.</summary>
public sealed class ChangedSinceInfo
{
    /// <summary>The REF given to --changed-since.</summary>
    public string Ref { get; set; } = "";
    /// <summary>The merge base of REF and HEAD the change is measured from.</summary>
    public string MergeBase { get; set; } = "";
    /// <summary>Scan-root-relative paths of the changed (added, modified, renamed, untracked) files, sorted.</summary>
    public List<string> Files { get; set; } = [];
}

public sealed class SignOffNames
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PreparedBy { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReviewedBy { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApprovedBy { get; set; }
}

/// <summary>A remediation plan line: a finding group (rule id or theme), who fixes it, by when.</summary>
public sealed class RemediationPlan
{
    public string Group { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Due { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

public sealed class ScanSummary
{
    /// <summary>met | partial | contradicted | insufficient-evidence (v2; absent when read from v1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Overall { get; set; }
    public int Critical { get; set; }
    public int High { get; set; }
    public int Medium { get; set; }
    public int Low { get; set; }
    public int Suppressed { get; set; }
    public int ParseErrors { get; set; }
    public int Skipped { get; set; }
    /// <summary>Open low-precision results: listed apart, not in the severity counts above.</summary>
    public int LowPrecision { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? New { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Unchanged { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Absent { get; set; }

    /// <summary>
    /// The counts, computed once after waivers and baseline (the scan's post-processing); the reports
    /// read them from here. Absent (fixed) results are not counted; suppressed ones only as suppressed;
    /// low-precision ones only as lowPrecision; parse errors also in their severity. Leaves overall and
    /// the baseline counts alone.
    /// </summary>
    public void CountFrom(IEnumerable<ResultFinding> findings, int skipped)
    {
        Critical = High = Medium = Low = Suppressed = ParseErrors = LowPrecision = 0;
        foreach (var f in findings)
        {
            if (f.BaselineState == BaselineStates.Absent) continue;
            if (f.Suppression is not null) { Suppressed++; continue; }
            if (FindingState.IsLowPrecision(f)) { LowPrecision++; continue; }
            if (f.Theme == Themes.ParseError) ParseErrors++;
            switch (f.Severity)
            {
                case Severity.Critical: Critical++; break;
                case Severity.High: High++; break;
                case Severity.Medium: Medium++; break;
                case Severity.Low: Low++; break;
            }
        }
        Skipped = skipped;
    }

    /// <summary>Active results (open, not low precision) of a known severity.</summary>
    [JsonIgnore]
    public int Total => Critical + High + Medium + Low;
}

/// <summary>A finding joined with the catalog, as written to results.json.</summary>
public sealed class ResultFinding
{
    /// <summary>Fingerprint (compliance/v1): hash of rule id, relative path and anchor.</summary>
    public string Id { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string Theme { get; set; } = "";
    /// <summary>Written as its token (<see cref="SeverityJsonConverter"/>); <see cref="Severity.None"/> when a v1 file had none.</summary>
    public Severity Severity { get; set; }
    /// <summary>high | medium | low (<see cref="Precisions"/>); low never gates nor counts in totals. v1 files read as high.</summary>
    public string Precision { get; set; } = Precisions.High;
    /// <summary>test | fixture | sample | dev | generated, absent for production (<see cref="FindingContexts"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Context { get; set; }
    public List<string> Controls { get; set; } = [];
    public List<string> Clauses { get; set; } = [];
    public string File { get; set; } = "";
    public int StartLine { get; set; }
    public int StartColumn { get; set; }
    public int EndLine { get; set; }
    public int EndColumn { get; set; }
    /// <summary>The message in the scan's language (v1 readers); <see cref="Messages"/> holds both.</summary>
    public string Message { get; set; } = "";
    /// <summary>The message in zh-CN and en (v2; absent when read from v1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Messages { get; set; }
    public string Evidence { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BaselineState { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Suppression? Suppression { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public List<RelatedLocation>? Related { get; set; }
    /// <summary>--changed-since only: true when the finding's lines were added or changed since the merge base.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ChangedLine { get; set; }

    /// <summary>The message in an output language (the scan's <see cref="Message"/> for a v1 file).</summary>
    public string MessageIn(string? lang) => Messages?.For(lang) ?? Message;
}

public sealed class Suppression
{
    /// <summary>"inSource" (#pragma, [SuppressMessage]) or "external" (compliance.yaml waiver).</summary>
    public string Kind { get; set; } = "external";
    public string? Justification { get; set; }
    public string? Owner { get; set; }
    public string? Expires { get; set; }
}

public sealed class ClaimResult
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    /// <summary>met | contradicted | partial | manual | not-covered</summary>
    public string Verdict { get; set; } = "";
    /// <summary>checked | attested (v2): attested when a manual part was closed by the evidence register.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Basis { get; set; }
    public List<string> Controls { get; set; } = [];
    /// <summary>The claim's checkable (control) and manual parts with their status and observations (v2).</summary>
    public List<ClaimPart> Parts { get; set; } = [];
    public List<ClaimEvidence> Evidence { get; set; } = [];
    /// <summary>Checks that ran for the claim and the files they examined (auditors need more than "no findings").</summary>
    public List<ExaminedInput> Examined { get; set; } = [];
    /// <summary>What only documents can prove (zh); <see cref="ManualEn"/> holds the same items in English.</summary>
    public List<string> Manual { get; set; } = [];
    public List<string> ManualEn { get; set; } = [];
    /// <summary>Where the whitepaper's wording promises less or is technically wrong (zh / en).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NoteEn { get; set; }
}

public sealed class ClaimEvidence
{
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string RuleId { get; set; } = "";
}

public sealed class ExaminedInput
{
    public string Theme { get; set; } = "";
    /// <summary>The claim's checks (rule ids, enabled by default) of this theme that ran on the files.</summary>
    public List<string> Checks { get; set; } = [];
    public List<string> Files { get; set; } = [];
}

/// <summary>Personal-data inventory entry (PIPL Art. 51/54 processing overview).</summary>
public sealed class PersonalDataEntry
{
    public string Category { get; set; } = "";
    public string Kind { get; set; } = ""; // source | sink
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string Symbol { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sink { get; set; }
    public bool Masked { get; set; }
}

public sealed class SkippedFile
{
    public string File { get; set; } = "";
    /// <summary>The reason in English (v1 readers); <see cref="Reasons"/> holds both languages.</summary>
    public string Reason { get; set; } = "";
    /// <summary>The reason in zh-CN and en (v2; absent when read from v1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Reasons { get; set; }

    public static SkippedFile Of(string file, LocalizedText reason) => new() { File = file, Reason = reason.En, Reasons = reason };

    /// <summary>The reason in an output language (the stored English one for a v1 file).</summary>
    public string ReasonIn(string? lang) => Reasons?.For(lang) ?? Reason;
}

public sealed class Notice
{
    public string Code { get; set; } = "";
    /// <summary>The notice in the scan's language (v1 readers); <see cref="Messages"/> holds both.</summary>
    public string Message { get; set; } = "";
    /// <summary>The notice in zh-CN and en (v2; absent when read from v1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Messages { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; set; }

    /// <summary>A notice in both languages; <paramref name="lang"/> (the scan's) picks <see cref="Message"/>.</summary>
    public static Notice Of(string code, LocalizedText text, string? lang, string? file = null) =>
        new() { Code = code, Message = text.For(lang), Messages = text, File = file };

    /// <summary>The notice in an output language (the scan's <see cref="Message"/> for a v1 file).</summary>
    public string MessageIn(string? lang) => Messages?.For(lang) ?? Message;
}

namespace Compliance.Rules.Model;

using System.Text.Json.Serialization;

/// <summary>
/// results.json (schemaVersion 1): the scan's machine-readable result and the report's data.
/// Documented in docs/results-schema.md. No wall-clock time: asOf comes from --as-of or
/// SOURCE_DATE_EPOCH only, so the same input gives byte-identical output.
/// </summary>
public sealed class ScanResult
{
    public int SchemaVersion { get; set; } = 1;
    public ToolInfo Tool { get; set; } = new();
    public ScanInfo Scan { get; set; } = new();
    public ScanSummary Summary { get; set; } = new();
    public List<ResultFinding> Findings { get; set; } = [];
    public List<ClaimResult> Claims { get; set; } = [];
    public List<PersonalDataEntry> PersonalData { get; set; } = [];
    public List<SkippedFile> Skipped { get; set; } = [];
    /// <summary>Tool notices: fallback compilation, expired waivers, files with compile errors…</summary>
    public List<Notice> Notices { get; set; } = [];

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
    public int FilesScanned { get; set; }
    [JsonPropertyName("csharpFiles")]
    public int CSharpFiles { get; set; }
    public int ConfigFiles { get; set; }
    /// <summary>How C# was analysed: "msbuild", "fallback" (reduced precision) or "none".</summary>
    [JsonPropertyName("csharpMode")]
    public string CSharpMode { get; set; } = "none";
    [JsonPropertyName("csharpFilesWithErrors")]
    public int CSharpFilesWithErrors { get; set; }
    /// <summary>C# files treated as generated and not analysed (each is in skipped[] with reason "generated code: …").</summary>
    public int GeneratedFiles { get; set; }
}

public sealed class ScanSummary
{
    public int Critical { get; set; }
    public int High { get; set; }
    public int Medium { get; set; }
    public int Low { get; set; }
    public int Suppressed { get; set; }
    public int ParseErrors { get; set; }
    public int Skipped { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? New { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Unchanged { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Absent { get; set; }
}

/// <summary>A finding joined with the catalog, as written to results.json.</summary>
public sealed class ResultFinding
{
    /// <summary>Fingerprint (compliance/v1): hash of rule id, relative path and anchor.</summary>
    public string Id { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string Theme { get; set; } = "";
    public string Severity { get; set; } = "";
    public List<string> Controls { get; set; } = [];
    public List<string> Clauses { get; set; } = [];
    public string File { get; set; } = "";
    public int StartLine { get; set; }
    public int StartColumn { get; set; }
    public int EndLine { get; set; }
    public int EndColumn { get; set; }
    public string Message { get; set; } = "";
    public string Evidence { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BaselineState { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Suppression? Suppression { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public List<RelatedLocation>? Related { get; set; }
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
    public List<string> Controls { get; set; } = [];
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
    public string Reason { get; set; } = "";
}

public sealed class Notice
{
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; set; }
}

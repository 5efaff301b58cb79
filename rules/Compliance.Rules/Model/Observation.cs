namespace Compliance.Rules.Model;

using System.Text.Json.Serialization;

/// <summary>
/// Positive evidence (DECISIONS.md, "Observations"): a check judged a site that actually configures
/// the thing and found it right — a TLS server with good protocols, a backup schedule covering a
/// database, a password hashed with a slow salted hash. "Scanned, nothing found" is never one.
/// Claim parts are <c>verified</c> only by observations of a rule linked to their control.
/// </summary>
public sealed record Observation
{
    /// <summary>The rule whose judgement passed (a policy id such as CMP5301, or an observation id such as CMP2990).</summary>
    public required string RuleId { get; init; }
    /// <summary>Scan-root-relative path with '/' separators.</summary>
    public required string File { get; init; }
    /// <summary>1-based line of the site (the directive, the resource, the call).</summary>
    public int Line { get; init; } = 1;
}

/// <summary>An observation as listed under a claim part in results.json.</summary>
public sealed class ClaimObservation
{
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string RuleId { get; set; } = "";
}

/// <summary>
/// One checkable or manual part of a claim (results.json v2 <c>claims[].parts[]</c>).
/// <c>kind</c> control: status verified | contradicted | not-covered; kind manual: open | closed | expired.
/// </summary>
public sealed class ClaimPart
{
    public const string ControlKind = "control";
    public const string ManualKind = "manual";

    public const string Verified = "verified";
    public const string Contradicted = "contradicted";
    public const string NotCovered = "not-covered";
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Expired = "expired";

    public string Kind { get; set; } = ControlKind;
    /// <summary>Control id (ctl-…) or manual item id (e.g. <c>2.4/encryption-at-rest</c>).</summary>
    public string Id { get; set; } = "";
    public string Status { get; set; } = NotCovered;
    /// <summary>Manual parts: the item's text (zh / en), so re-rendering needs no catalog.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextEn { get; set; }
    public List<ClaimObservation> Observations { get; set; } = [];
    /// <summary>Manual parts: index into results.json <c>evidenceRecords[]</c> of the record that closed (or, expired, once closed) it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? EvidenceRecord { get; set; }
}

/// <summary>
/// An entry of compliance.yaml <c>evidence:</c> as judged for this scan (results.json v2
/// <c>evidenceRecords[]</c>): who supplied what, when, until when, and whether it still holds.
/// </summary>
public sealed class EvidenceRecord
{
    /// <summary>Claim id (<c>4.3</c>) or manual item id (<c>2.4/encryption-at-rest</c>).</summary>
    public string Item { get; set; } = "";
    /// <summary>Document path or URL.</summary>
    public string Document { get; set; } = "";
    public string Reviewer { get; set; } = "";
    /// <summary>yyyy-MM-dd the evidence was reviewed.</summary>
    public string Date { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Expires { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
    /// <summary>valid | expired (judged against asOf, else today).</summary>
    public string Status { get; set; } = "valid";
}

/// <summary>Overall verdict tokens (results.json v2 <c>summary.overall</c>; never translated).</summary>
public static class OverallVerdict
{
    public const string Met = "met";
    public const string Partial = "partial";
    public const string Contradicted = "contradicted";
    public const string InsufficientEvidence = "insufficient-evidence";
}

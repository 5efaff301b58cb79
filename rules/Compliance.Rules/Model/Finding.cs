namespace Compliance.Rules.Model;

/// <summary>
/// One result of a check, before it is joined with the catalog. Produced by the analyzer
/// bridge, the policy engine and the text scanners; everything downstream renders these.
/// <see cref="Evidence"/> must already be redacted: a secret's value never enters a Finding.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    /// <summary>Scan-root-relative path with '/' separators.</summary>
    public required string File { get; init; }
    public int StartLine { get; init; } = 1;
    public int StartColumn { get; init; } = 1;
    public int EndLine { get; init; }
    public int EndColumn { get; init; }
    /// <summary>English message.</summary>
    public required string Message { get; init; }
    /// <summary>Chinese message; results.json carries both (<see cref="ResultFinding.Messages"/>) and the writers pick one.</summary>
    public string? MessageZh { get; init; }
    /// <summary>Redacted snippet shown as evidence (may be empty).</summary>
    public string Evidence { get; init; } = "";
    /// <summary>
    /// Stable anchor for the fingerprint: config key path, sshd keyword + Match block, or
    /// containing C# member + ordinal. Never derived from a secret's value.
    /// </summary>
    public string Anchor { get; init; } = "";
    /// <summary>Severity when the check decides it per result (e.g. lower in test projects); else the catalog's.</summary>
    public Severity? SeverityOverride { get; init; }
    /// <summary>Set when the code suppresses it (#pragma, [SuppressMessage]) — kept in SARIF as inSource.</summary>
    public bool SuppressedInSource { get; init; }
    /// <summary>A secret whose value's SHA-256 is in compliance.yaml's secretAllowlist (kept, as suppressed).</summary>
    public bool AllowlistedSecret { get; init; }
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];
    /// <summary><see cref="Precisions"/> token when the check decides it per result; else the catalog rule's.</summary>
    public string? Precision { get; init; }
    /// <summary><see cref="FindingContexts"/> token (test, fixture, sample, dev, generated) or null for production.</summary>
    public string? Context { get; init; }
}

public sealed record RelatedLocation(string File, int Line, int Column, string Message)
{
    /// <summary>
    /// The label in an output language. <see cref="Message"/> is stored as a role ("source": where the
    /// reported value comes from), so a zh-CN scan re-rendered in English (and back) reads in one language.
    /// </summary>
    public string MessageIn(string? lang) => Message switch
    {
        "source" => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "source of the value" : "数据来源",
        _ => Message,
    };
}

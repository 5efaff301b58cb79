namespace Compliance.PolicyEngine.Documents;

/// <summary>One document of a YAML stream (a JSON file has exactly one).</summary>
public sealed record DocRecord(int Index, DocNode? Root, int StartLine, string? HelmSource);

/// <summary>Where a YAML/JSON file stops being parseable (1-based line/column) and why.</summary>
public sealed record ParseError(int Line, int Column, string Message);

public enum DocFormat { Yaml, Json, DotNetConfigJson }

/// <summary>
/// A parsed YAML/JSON file. When <see cref="Error"/> is set the file contributes nothing
/// (policy-defaults §1): <see cref="Documents"/> is empty.
/// </summary>
public sealed record ParsedFile(string Path, DocFormat Format, IReadOnlyList<DocRecord> Documents, ParseError? Error)
{
    public bool Ok => Error is null;
}

/// <summary>Limits that keep hostile input (alias bombs, deep nesting) from hanging a scan.</summary>
public static class ParseLimits
{
    /// <summary>Maximum nesting of maps/sequences; deeper input is a parse error.</summary>
    public const int MaxDepth = 512;
    /// <summary>Maximum number of nodes a document expands to once aliases are followed.</summary>
    public const long MaxExpandedNodes = 1_000_000;
}

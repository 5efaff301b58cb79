namespace Compliance.Rules.Model;

/// <summary>
/// SARIF 2.1.0 <c>result.baselineState</c> values, used in results.json too. In Compliance.Rules so
/// that the finding model (<see cref="FindingState"/>), the reports and the CLI spell them one way.
/// </summary>
public static class BaselineStates
{
    public const string New = "new";
    public const string Unchanged = "unchanged";
    /// <summary>In the baseline, not found any more (fixed): listed, never counted or gated.</summary>
    public const string Absent = "absent";
}

namespace Compliance.Rules.Model;

/// <summary>
/// How sure a result is, as CodeQL's <c>@precision</c>: <c>high</c> = a value shape at a sink (a
/// provider token, a constant passed to a credential API, a setting that is plainly off);
/// <c>medium</c> = a value shape or a sink, matched partly by name; <c>low</c> = a name word alone.
/// Low-precision results are kept (SARIF <c>note</c>) but never gate, never contradict a claim and
/// are not counted in headline totals (<see cref="FindingState"/>).
/// </summary>
public static class Precisions
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static readonly IReadOnlyList<string> All = [High, Medium, Low];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);
}

/// <summary>
/// Where a result sits when that place is not production code: test code, fixtures and seed data,
/// samples and documentation, development-only configuration, generated code. A result with a
/// context is reported at <c>low</c> severity and its message says why.
/// </summary>
public static class FindingContexts
{
    public const string Test = "test";
    public const string Fixture = "fixture";
    public const string Sample = "sample";
    public const string Dev = "dev";
    public const string Generated = "generated";
    /// <summary>compliance.yaml <c>contexts:</c> value meaning "production, whatever the path says".</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Test, Fixture, Sample, Dev, Generated];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value, StringComparer.Ordinal);

    /// <summary>
    /// The context a scan-root-relative path gives, or null: the development environment
    /// (<see cref="DevelopmentEnvironment"/>), else its folders. Judged on the folders below the scan
    /// root only: scanning <c>samples/</c> as the root does not make its files samples.
    /// </summary>
    public static string? FromPath(string relativePath)
    {
        // the development environment's file names decide before the folders (tests/Api/appsettings.Development.json is dev)
        if (DevelopmentEnvironment.Contains(relativePath)) return Dev;
        // the folders: one reading shared with the analyzers (analyzers/Compliance.Analyzers/Common/PathFolders.cs, linked here)
        return Compliance.Analyzers.Common.PathFolders.Context(relativePath);
    }

    /// <summary>The sentence appended to a message of a result lowered by its context.</summary>
    public static string Reason(string context, bool english) => (context, english) switch
    {
        (Test, true) => " [Context: test code; reported at low severity and not gating.]",
        (Fixture, true) => " [Context: test fixture or seed data; reported at low severity and not gating.]",
        (Sample, true) => " [Context: sample or documentation; reported at low severity and not gating.]",
        (Dev, true) => " [Context: development-only configuration; reported at low severity and not gating.]",
        (Generated, true) => " [Context: generated code; reported at low severity and not gating.]",
        (Test, false) => "［上下文：测试代码，按低风险报告，不阻断构建。］",
        (Fixture, false) => "［上下文：测试夹具或种子数据，按低风险报告，不阻断构建。］",
        (Sample, false) => "［上下文：示例或文档，按低风险报告，不阻断构建。］",
        (Dev, false) => "［上下文：仅用于开发环境的配置，按低风险报告，不阻断构建。］",
        (Generated, false) => "［上下文：生成的代码，按低风险报告，不阻断构建。］",
        _ => "",
    };
}

/// <summary>
/// The one place that decides whether a result counts: for the gate, claim verdicts, JUnit, pull
/// request annotations and the report's headline totals. Everything else only lists results.
/// </summary>
public static class FindingState
{
    /// <summary>Not suppressed (waiver, #pragma, allow-list) and not absent from the baseline.</summary>
    public static bool IsOpen(ResultFinding f) => f.Suppression is null && f.BaselineState != BaselineStates.Absent;

    /// <summary>Open and not low precision: gates, contradicts claims, is annotated and counted in headlines.</summary>
    public static bool IsActive(ResultFinding f) => IsOpen(f) && !IsLowPrecision(f);

    public static bool IsLowPrecision(ResultFinding f) => f.Precision == Precisions.Low;
}

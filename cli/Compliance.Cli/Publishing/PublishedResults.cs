namespace Compliance.Cli.Publishing;

using System.Text.Json;
using Compliance.Cli.Gating;
using Compliance.Rules.Model;

/// <summary>
/// results.json as the publishers (GitHub, GitLab, Gitee) read it, and the one rule for which
/// findings they show: active ones only — not suppressed, not fixed since the baseline
/// (<c>absent</c>) and never low-precision (DECISIONS.md: low-precision results are not
/// annotated on pull requests); with a baseline, only the <c>new</c> ones.
/// </summary>
public sealed class PublishedResults
{
    public ScanResult Result { get; }

    /// <summary>Low-precision results left out of comments and annotations (they stay in results.json and SARIF).</summary>
    public int LowPrecisionCount => Result.Findings.Count(FindingState.IsLowPrecision);

    private PublishedResults(ScanResult result) => Result = result;

    /// <summary>Wraps an in-memory result.</summary>
    public static PublishedResults From(ScanResult result) => new(result);

    /// <summary>
    /// The start every publisher shares: the gate (--fail-on) and DIR/results.json. False (exit 2, the
    /// reason written through the token-masking log) when either is unusable.
    /// </summary>
    public static bool TryLoad(IReadOnlyList<string> failOnArgs, string resultsDir, SafeLog say, out FailOnSpec failOn, out PublishedResults results)
    {
        failOn = null!; results = null!;
        try { failOn = FailOnSpec.Parse(failOnArgs); }
        catch (FailOnSpecException ex) { say.Line($"error: {ex.Message}"); return false; }
        try { results = Load(resultsDir); }
        catch (PublishInputException ex) { say.Line($"error: {ex.Message}"); return false; }
        return true;
    }

    /// <summary>Reads DIR/results.json. Throws <see cref="PublishInputException"/> with a one-line reason when it is missing or invalid.</summary>
    public static PublishedResults Load(string resultsDir)
    {
        var path = Path.Combine(resultsDir, "results.json");
        if (!File.Exists(path)) throw new PublishInputException($"no results.json in {resultsDir}: run 'compliance scan --format json' first");
        try
        {
            var text = File.ReadAllText(path);
            var result = JsonSerializer.Deserialize<ScanResult>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                         ?? throw new JsonException("empty document");
            return new PublishedResults(result);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new PublishInputException($"cannot read {path}: {ex.Message}");
        }
    }

    /// <summary>DIR/report.md when the scan wrote it (--format md), else null.</summary>
    public static string? ReadReport(string resultsDir)
    {
        var path = Path.Combine(resultsDir, "report.md");
        try { return File.Exists(path) ? File.ReadAllText(path) : null; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Not suppressed, not absent, not low-precision (<see cref="FindingState.IsActive"/>): what gitlab's reports list.</summary>
    public IEnumerable<ResultFinding> Active => Result.Findings.Where(FindingState.IsActive);

    /// <summary>True when the scan compared against a baseline.</summary>
    public bool HasBaseline => Result.Summary.New is not null || Result.Findings.Any(f => f.BaselineState is not null);

    /// <summary>Active findings; with a baseline only the new ones. What comments list and annotations mark.</summary>
    public IEnumerable<ResultFinding> New
    {
        get
        {
            var baselined = HasBaseline;
            return Active.Where(f => !baselined || f.BaselineState == BaselineStates.New);
        }
    }

    /// <summary>
    /// results.json paths are relative to the scan root; GitHub, GitLab and Gitee want repository
    /// paths: the scan's PATH is the prefix when it is a relative folder inside the checkout
    /// (<c>compliance scan samples</c> → <c>samples/…</c>).
    /// </summary>
    public string PathPrefix
    {
        get
        {
            // git said where the scan root sits in the repository (works for absolute PATHs and PATHs given from a subfolder too).
            if (Result.Scan.Repository is { } repo) return repo.PathInRepository.Length == 0 ? "" : repo.PathInRepository + "/";
            var root = (Result.Scan.Root ?? ".").Replace('\\', '/').Trim();
            while (root.StartsWith("./", StringComparison.Ordinal)) root = root[2..];
            root = root.TrimEnd('/');
            if (root.Length == 0 || root == "." || root.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(root) || root.Contains(':')) return "";
            return root + "/";
        }
    }
}

/// <summary>results.json missing or unreadable: the publisher cannot run (exit 2).</summary>
public sealed class PublishInputException(string message) : Exception(message);

namespace Compliance.Cli.GitHub;

using System.Text.Json;

/// <summary>
/// Where and as whom <c>compliance github</c> publishes. <see cref="FromEnvironment"/> reads the
/// GitHub Actions variables; explicit values (command-line options) win over them.
/// </summary>
public sealed record GitHubPublishOptions
{
    public const string DefaultApiUrl = "https://api.github.com";

    /// <summary>GITHUB_TOKEN. Never written to any output.</summary>
    public string? Token { get; init; }
    /// <summary>REST API base: https://api.github.com, https://HOST/api/v3 (GHES) or any other base (test servers, ghe.com).</summary>
    public string ApiUrl { get; init; } = DefaultApiUrl;
    public string Owner { get; init; } = "";
    public string Repository { get; init; } = "";
    /// <summary>The commit the workflow ran on (GITHUB_SHA; the merge commit on pull_request events): code-scanning uploads use it.</summary>
    public string? Sha { get; init; }
    /// <summary>The commit check runs attach to: pull_request.head.sha on pull_request events, else <see cref="Sha"/>.</summary>
    public string? HeadSha { get; init; }
    /// <summary>GITHUB_REF (refs/heads/main, refs/pull/7/merge): required by the code-scanning upload.</summary>
    public string? Ref { get; init; }
    /// <summary>The pull request to comment on: pull_request.number from the event, else refs/pull/N/… in the ref.</summary>
    public int? PullRequestNumber { get; init; }
    /// <summary>
    /// The check run's gate, as <c>scan --fail-on</c> values (repeatable, comma-separated; empty =
    /// high). From COMPLIANCE_FAIL_ON when not given, so a workflow sets it once for both commands.
    /// </summary>
    public IReadOnlyList<string> FailOn { get; init; } = [];
    public bool CheckRun { get; init; } = true;
    public bool PullRequestComment { get; init; } = true;
    public bool CodeScanning { get; init; } = true;
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>Never shows the token (a record would print every property).</summary>
    public override string ToString() =>
        $"{Owner}/{Repository} at {ApiUrl} (sha {Sha ?? "-"}, head {HeadSha ?? "-"}, ref {Ref ?? "-"}, pr {PullRequestNumber?.ToString() ?? "-"}, token {(string.IsNullOrEmpty(Token) ? "unset" : "set")})";

    /// <summary>Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_EVENT_PATH, GITHUB_API_URL and COMPLIANCE_FAIL_ON; explicit arguments win.</summary>
    public static GitHubPublishOptions FromEnvironment(string? apiUrl = null, string? repository = null, string? sha = null, string? gitRef = null) =>
        FromEnvironment(Environment.GetEnvironmentVariable, apiUrl, repository, sha, gitRef);

    /// <summary>Same as <see cref="FromEnvironment(string?, string?, string?, string?)"/> with an injectable environment (tests).</summary>
    public static GitHubPublishOptions FromEnvironment(Func<string, string?> env, string? apiUrl = null, string? repository = null, string? sha = null, string? gitRef = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        var repo = Clean(repository) ?? Clean(env("GITHUB_REPOSITORY")) ?? "";
        var slash = repo.IndexOf('/');
        var (owner, name) = slash > 0 && slash < repo.Length - 1 ? (repo[..slash], repo[(slash + 1)..]) : ("", "");

        var theRef = Clean(gitRef) ?? Clean(env("GITHUB_REF"));
        var envSha = Clean(env("GITHUB_SHA"));
        var (eventHeadSha, eventPr) = ReadEvent(Clean(env("GITHUB_EVENT_PATH")));
        var explicitSha = Clean(sha);

        return new GitHubPublishOptions
        {
            Token = Clean(env("GITHUB_TOKEN")),
            ApiUrl = Clean(apiUrl) ?? Clean(env("GITHUB_API_URL")) ?? DefaultApiUrl,
            Owner = owner,
            Repository = name,
            Sha = explicitSha ?? envSha,
            HeadSha = explicitSha ?? eventHeadSha ?? envSha,
            Ref = theRef,
            PullRequestNumber = eventPr ?? PullNumberFromRef(theRef),
            FailOn = Clean(env("COMPLIANCE_FAIL_ON")) is { } failOn ? [failOn] : [],
        };
    }

    /// <summary>refs/pull/7/merge or refs/pull/7/head → 7.</summary>
    public static int? PullNumberFromRef(string? gitRef)
    {
        if (gitRef is null || !gitRef.StartsWith("refs/pull/", StringComparison.Ordinal)) return null;
        var rest = gitRef["refs/pull/".Length..];
        var end = rest.IndexOf('/');
        return int.TryParse(end < 0 ? rest : rest[..end], out var n) && n > 0 ? n : null;
    }

    /// <summary>pull_request.head.sha and pull_request.number from the event payload (absent or unreadable → nulls).</summary>
    private static (string? HeadSha, int? Number) ReadEvent(string? path)
    {
        if (path is null || !File.Exists(path)) return (null, null);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("pull_request", out var pr) || pr.ValueKind != JsonValueKind.Object) return (null, null);
            string? head = pr.TryGetProperty("head", out var h) && h.TryGetProperty("sha", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            int? number = pr.TryGetProperty("number", out var n) && n.TryGetInt32(out var num) ? num : null;
            return (head, number);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }
}

/// <summary>Bounded retries for rate limits (403/429 with Retry-After or x-ratelimit-reset) and 5xx.</summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    /// <summary>Attempts per request, including the first.</summary>
    public int MaxAttempts { get; init; } = 4;
    /// <summary>First 5xx backoff; doubled per attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Longest wait accepted for a rate-limit reset; a later reset skips the step instead of stalling CI.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(90);
    /// <summary>How to wait (tests record the delays instead of sleeping).</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;
    /// <summary>Clock for x-ratelimit-reset.</summary>
    public Func<DateTimeOffset> UtcNow { get; init; } = () => DateTimeOffset.UtcNow;
}

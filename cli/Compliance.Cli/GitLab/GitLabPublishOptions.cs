namespace Compliance.Cli.GitLab;

using Compliance.Cli.GitHub;

/// <summary>
/// Where and as whom <c>compliance gitlab</c> publishes: GitLab CI's predefined variables,
/// overridden by command-line options.
/// </summary>
public sealed record GitLabPublishOptions
{
    /// <summary>CI_API_V4_URL, e.g. https://gitlab.example.com/api/v4.</summary>
    public string? ApiUrl { get; init; }
    /// <summary>CI_PROJECT_ID (numeric id, or the URL-encoded path group/project).</summary>
    public string? ProjectId { get; init; }
    /// <summary>CI_MERGE_REQUEST_IID; absent outside merge-request pipelines (then no note is posted).</summary>
    public int? MergeRequestIid { get; init; }
    /// <summary>The token's value. Never written to any output.</summary>
    public string? Token { get; init; }
    /// <summary>PRIVATE-TOKEN (COMPLIANCE_GITLAB_TOKEN) or JOB-TOKEN (CI_JOB_TOKEN).</summary>
    public string TokenHeader { get; init; } = PrivateTokenHeader;
    /// <summary>As <c>scan --fail-on</c> (COMPLIANCE_FAIL_ON when not given): the note's pass/fail line.</summary>
    public IReadOnlyList<string> FailOn { get; init; } = [];
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;
    /// <summary>Clock for the SAST report's times when neither SOURCE_DATE_EPOCH nor asOf is set.</summary>
    public Func<DateTimeOffset> UtcNow { get; init; } = () => DateTimeOffset.UtcNow;
    /// <summary>SOURCE_DATE_EPOCH (seconds), for reproducible SAST report times.</summary>
    public long? SourceDateEpoch { get; init; }

    public const string PrivateTokenHeader = "PRIVATE-TOKEN";
    public const string JobTokenHeader = "JOB-TOKEN";

    /// <summary>Never shows the token (a record would print every property).</summary>
    public override string ToString() =>
        $"project {ProjectId ?? "-"} at {ApiUrl ?? "-"} (merge request {MergeRequestIid?.ToString() ?? "-"}, {TokenHeader} {(string.IsNullOrEmpty(Token) ? "unset" : "set")})";

    /// <summary>Reads CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, COMPLIANCE_GITLAB_TOKEN, CI_JOB_TOKEN, COMPLIANCE_FAIL_ON and SOURCE_DATE_EPOCH; explicit arguments win.</summary>
    public static GitLabPublishOptions FromEnvironment(Func<string, string?> env, string? apiUrl = null, string? projectId = null, int? mergeRequestIid = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var privateToken = Clean(env("COMPLIANCE_GITLAB_TOKEN"));
        var jobToken = Clean(env("CI_JOB_TOKEN"));
        return new GitLabPublishOptions
        {
            ApiUrl = Clean(apiUrl) ?? Clean(env("CI_API_V4_URL")),
            ProjectId = Clean(projectId) ?? Clean(env("CI_PROJECT_ID")),
            MergeRequestIid = mergeRequestIid ?? (int.TryParse(Clean(env("CI_MERGE_REQUEST_IID")), out var iid) && iid > 0 ? iid : null),
            Token = privateToken ?? jobToken,
            TokenHeader = privateToken is not null ? PrivateTokenHeader : JobTokenHeader,
            FailOn = Clean(env("COMPLIANCE_FAIL_ON")) is { } failOn ? [failOn] : [],
            SourceDateEpoch = long.TryParse(Clean(env("SOURCE_DATE_EPOCH")), out var epoch) ? epoch : null,
        };
    }
}

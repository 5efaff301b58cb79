namespace Compliance.Cli.Gitee;

using Compliance.Cli.GitHub;

/// <summary>Where and as whom <c>compliance gitee</c> comments: Gitee Go's variables, overridden by options.</summary>
public sealed record GiteePublishOptions
{
    public const string DefaultApiUrl = "https://gitee.com/api/v5";

    /// <summary>GITEE_API_URL (Gitee Enterprise / self-hosted: https://HOST/api/v5).</summary>
    public string ApiUrl { get; init; } = DefaultApiUrl;
    public string Owner { get; init; } = "";
    public string Repository { get; init; } = "";
    /// <summary>The pull request number (GITEE_PULL_ID in Gitee Go).</summary>
    public int? PullRequestNumber { get; init; }
    /// <summary>Sent as access_token. Never written to any output, and never part of a logged URL.</summary>
    public string? Token { get; init; }
    public IReadOnlyList<string> FailOn { get; init; } = [];
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>Never shows the token (a record would print every property).</summary>
    public override string ToString() =>
        $"{Owner}/{Repository} at {ApiUrl} (pull request {PullRequestNumber?.ToString() ?? "-"}, token {(string.IsNullOrEmpty(Token) ? "unset" : "set")})";

    /// <summary>
    /// Reads GITEE_API_URL, COMPLIANCE_GITEE_TOKEN (else GITEE_TOKEN), GITEE_REPOSITORY (else
    /// GITEE_REPO when it is owner/name), GITEE_PULL_ID and COMPLIANCE_FAIL_ON; explicit arguments win.
    /// </summary>
    public static GiteePublishOptions FromEnvironment(Func<string, string?> env, string? apiUrl = null, string? repository = null, int? pullRequest = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var repo = Clean(repository) ?? Clean(env("GITEE_REPOSITORY")) ?? (Clean(env("GITEE_REPO")) is { } r && r.Contains('/') ? r : null) ?? "";
        var slash = repo.IndexOf('/');
        var (owner, name) = slash > 0 && slash < repo.Length - 1 && repo.IndexOf('/', slash + 1) < 0 ? (repo[..slash], repo[(slash + 1)..]) : ("", "");
        return new GiteePublishOptions
        {
            ApiUrl = Clean(apiUrl) ?? Clean(env("GITEE_API_URL")) ?? DefaultApiUrl,
            Owner = owner,
            Repository = name,
            PullRequestNumber = pullRequest ?? (int.TryParse(Clean(env("GITEE_PULL_ID")), out var n) && n > 0 ? n : null),
            Token = Clean(env("COMPLIANCE_GITEE_TOKEN")) ?? Clean(env("GITEE_TOKEN")),
            FailOn = Clean(env("COMPLIANCE_FAIL_ON")) is { } failOn ? [failOn] : [],
        };
    }
}

namespace Compliance.Cli.Gitee;

using System.Text.Json.Nodes;
using Compliance.Cli.Gating;
using Compliance.Cli.Publishing;

/// <summary>
/// <c>compliance gitee</c>: keeps one comment on a Gitee pull request up to date through the open
/// API v5 (created on the first run, edited later; found by <see cref="CommentBody.Marker"/>).
/// Gitee takes the token as <c>access_token</c>: in the JSON body of writes, in the query of the
/// comment list — and <see cref="RestClient"/> never logs a query. Exit codes as <c>gitlab</c>: a
/// refused token or an unavailable Gitee is reported and exits 0; exit 2 only when it cannot run.
/// </summary>
public static class GiteePublisher
{
    /// <summary>Gitee rejects very long comments; keep the body at GitHub's size.</summary>
    public const int MaxBodyLength = 60_000;

    public static async Task<int> PublishAsync(GiteePublishOptions options, string resultsDir, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var say = new SafeLog(log, options.Token);

        if (!PublishedResults.TryLoad(options.FailOn, resultsDir, say, out var failOn, out var results)) return 2;

        if (options.PullRequestNumber is not { } pr)
        {
            say.Line("pull request comment: not posted (not a pull request pipeline: GITEE_PULL_ID is not set and no --pull-request was given)");
            return 0;
        }
        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || (api.Scheme != "https" && api.Scheme != "http"))
        { say.Line($"error: --api-url '{options.ApiUrl}' is not an http(s) URL"); return 2; }
        if (options.Owner.Length == 0 || options.Repository.Length == 0) { say.Line("error: repository unknown: set GITEE_REPOSITORY or --repository owner/name"); return 2; }
        if (string.IsNullOrEmpty(options.Token)) { say.Line("error: no token: set COMPLIANCE_GITEE_TOKEN (or GITEE_TOKEN) to a Gitee personal access token with the pull_requests scope"); return 2; }

        var gateFailed = GateEvaluator.Evaluate(results.Result, failOn) != GateEvaluator.Pass;
        var report = PublishedResults.ReadReport(resultsDir);
        var body = say.Mask(CommentBody.Render(results, failOn, gateFailed, report, MaxBodyLength));

        using var client = new RestClient("Gitee", api, new Dictionary<string, string>(), options.Retry, say);
        var repo = $"repos/{Uri.EscapeDataString(options.Owner)}/{Uri.EscapeDataString(options.Repository)}";
        try
        {
            var edited = await MarkedComment.UpsertAsync(client, $"{repo}/pulls/{pr}/comments", new Dictionary<string, string> { ["access_token"] = options.Token },
                commentId => (HttpMethod.Patch, $"{repo}/pulls/comments/{commentId}"), $"{repo}/pulls/{pr}/comments",
                new JsonObject { ["access_token"] = options.Token, ["body"] = body }, cancellationToken);
            say.Line(edited is { } id ? $"pull request comment: updated on !{pr} (comment {id})" : $"pull request comment: posted on !{pr}");
        }
        catch (RestException ex) when (ex.IsPermission)
        {
            say.Line($"pull request comment: not posted — Gitee refused the token ({ex.Status} on {ex.Request}). The token needs the pull_requests scope and access to {options.Owner}/{options.Repository}; the scan's result is unchanged.");
        }
        catch (RestException ex)
        {
            say.Line($"pull request comment: not posted — {ex.Message}. The scan's result is unchanged.");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            say.Line($"pull request comment: not posted — Gitee's answer was not the expected JSON ({ex.Message})");
        }
        return 0;
    }
}

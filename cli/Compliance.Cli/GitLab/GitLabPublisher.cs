namespace Compliance.Cli.GitLab;

using System.Text.Json.Nodes;
using Compliance.Cli.Gating;
using Compliance.Cli.Publishing;
using Compliance.Rules.Catalog;

/// <summary>
/// <c>compliance gitlab</c>: writes GitLab's SAST and Code Quality reports into the results
/// folder, then keeps one note on the merge request up to date (created on the first run, edited
/// on later ones; found by <see cref="CommentBody.Marker"/>). A publish problem is not a scan
/// failure: a token GitLab refuses (CI_JOB_TOKEN cannot write notes), or a GitLab that stays
/// unavailable after the retries, leaves the note out with a message and exits 0; exit 2 is for
/// an invocation that cannot work (no/invalid results.json, bad --fail-on, a merge request
/// without API URL, project or token). The token is never written to any output.
/// </summary>
public static class GitLabPublisher
{
    /// <summary>GitLab notes are limited to 1,000,000 characters; stay far below so the page stays usable.</summary>
    public const int MaxBodyLength = 200_000;

    public static async Task<int> PublishAsync(GitLabPublishOptions options, string resultsDir, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var say = new SafeLog(log, options.Token);

        if (!PublishedResults.TryLoad(options.FailOn, resultsDir, say, out var failOn, out var results)) return 2;

        // 1. Artifacts: always, whatever happens to the note.
        RuleCatalog? catalog = null;
        try { catalog = CatalogLoader.LoadEmbedded(); }
        catch (CatalogException) { /* names fall back to rule ids */ }
        var time = GitLabReports.SastTime(options.SourceDateEpoch, results.Result.Scan.AsOf, options.UtcNow());
        var sastPath = Path.Combine(resultsDir, GitLabReports.SastFileName);
        var qualityPath = Path.Combine(resultsDir, GitLabReports.CodeQualityFileName);
        try
        {
            File.WriteAllText(sastPath, say.Mask(GitLabReports.Sast(results, catalog, time)));
            File.WriteAllText(qualityPath, say.Mask(GitLabReports.CodeQuality(results)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            say.Line($"error: cannot write the GitLab reports in {resultsDir}: {ex.Message}");
            return 2;
        }
        var count = results.Active.Count();
        say.Line($"wrote {sastPath} and {qualityPath} ({count} finding(s))");

        // 2. The merge-request note.
        if (options.MergeRequestIid is not { } iid)
        {
            say.Line("merge request note: not posted (not a merge request pipeline: CI_MERGE_REQUEST_IID is not set)");
            return 0;
        }
        if (options.ApiUrl is null || !Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || (api.Scheme != "https" && api.Scheme != "http"))
        { say.Line($"error: GitLab API URL unknown or not an http(s) URL ('{options.ApiUrl}'): set CI_API_V4_URL or --api-url"); return 2; }
        if (string.IsNullOrEmpty(options.ProjectId)) { say.Line("error: project unknown: set CI_PROJECT_ID or --project"); return 2; }
        if (string.IsNullOrEmpty(options.Token)) { say.Line("error: no token: set COMPLIANCE_GITLAB_TOKEN (a project access token with the api scope); the reports were written"); return 2; }

        var gateFailed = GateEvaluator.Evaluate(results.Result, failOn) != GateEvaluator.Pass;
        var report = PublishedResults.ReadReport(resultsDir);
        var body = say.Mask(CommentBody.Render(results, failOn, gateFailed, report, MaxBodyLength));

        using var client = new RestClient("GitLab", api, new Dictionary<string, string> { [options.TokenHeader] = options.Token }, options.Retry, say);
        var notes = $"projects/{Uri.EscapeDataString(options.ProjectId)}/merge_requests/{iid}/notes";
        try
        {
            var edited = await MarkedComment.UpsertAsync(client, notes, new Dictionary<string, string> { ["sort"] = "asc", ["order_by"] = "created_at" },
                noteId => (HttpMethod.Put, $"{notes}/{noteId}"), notes, new JsonObject { ["body"] = body }, cancellationToken);
            say.Line(edited is { } id ? $"merge request note: updated on !{iid} (note {id})" : $"merge request note: posted on !{iid}");
        }
        catch (RestException ex) when (ex.IsPermission)
        {
            var hint = options.TokenHeader == GitLabPublishOptions.JobTokenHeader
                ? "CI_JOB_TOKEN cannot write merge request notes: set COMPLIANCE_GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable)"
                : "the token in COMPLIANCE_GITLAB_TOKEN needs the api scope and at least Reporter access to the project";
            say.Line($"merge request note: not posted — GitLab refused the token ({ex.Status} on {ex.Request}). {hint}. The reports were written; the scan's result is unchanged.");
        }
        catch (RestException ex)
        {
            say.Line($"merge request note: not posted — {ex.Message}. The reports were written; the scan's result is unchanged.");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            say.Line($"merge request note: not posted — GitLab's answer was not the expected JSON ({ex.Message})");
        }
        return 0;
    }
}

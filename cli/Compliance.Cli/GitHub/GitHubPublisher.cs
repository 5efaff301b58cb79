namespace Compliance.Cli.GitHub;

using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Gating;
using Compliance.Cli.Publishing;
using Compliance.Rules.Model;
using Octokit;
using Octokit.Internal;

/// <summary>
/// <c>compliance github</c>: publishes a scan's results.json / results.sarif / report.md to GitHub:
/// a check run with annotations, one PR comment (updated on re-runs), and a code-scanning SARIF
/// upload. Each step that the token may not do (fork PRs, a PAT creating check runs, code scanning
/// disabled) is skipped with a message; the others still run. The token is never written out.
/// </summary>
public static class GitHubPublisher
{
    public const string CheckRunName = "compliance";
    public const string CommentMarker = CommentBody.Marker;
    /// <summary>GitHub accepts at most 50 annotations per create/update request.</summary>
    public const int AnnotationBatchSize = 50;
    /// <summary>GitHub's limit for check-run output text and comment bodies.</summary>
    public const int MaxBodyLength = 65_000;

    /// <summary>
    /// Publishes the results in <paramref name="resultsDir"/>. Returns 0 when it ran (steps the
    /// token may not do are skipped with a message on <paramref name="log"/>), 2 when it cannot run
    /// at all (no token, no repository or commit, an invalid fail-on value, no or invalid results.json).
    /// </summary>
    public static async Task<int> PublishAsync(GitHubPublishOptions options, string resultsDir, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var say = new SafeLog(log, options.Token);

        if (string.IsNullOrEmpty(options.Token)) { say.Line("error: GITHUB_TOKEN is not set; nothing was published (results stay in " + resultsDir + ")"); return 2; }
        if (options.Owner.Length == 0 || options.Repository.Length == 0) { say.Line("error: repository unknown: set GITHUB_REPOSITORY or --repository owner/name"); return 2; }
        if (string.IsNullOrEmpty(options.HeadSha) && string.IsNullOrEmpty(options.Sha)) { say.Line("error: commit unknown: set GITHUB_SHA or --sha"); return 2; }
        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var apiUri) || (apiUri.Scheme != "https" && apiUri.Scheme != "http"))
        { say.Line($"error: --api-url '{options.ApiUrl}' is not an http(s) URL"); return 2; }

        if (!PublishedResults.TryLoad(options.FailOn, resultsDir, say, out var failOn, out var published)) return 2;
        var result = published.Result;

        var client = CreateClient(apiUri, options.Token);
        var runner = new StepRunner(options.Retry, say, cancellationToken);
        var report = PublishedResults.ReadReport(resultsDir);
        var gateFailed = GateEvaluator.Evaluate(result, failOn) != GateEvaluator.Pass;

        if (options.CheckRun)
            await runner.Step("check run", "checks: write (a personal access token cannot create check runs; use the workflow's GITHUB_TOKEN or a GitHub App)",
                () => PublishCheckRunAsync(client, options, failOn, published, report, gateFailed, runner, say));

        if (options.PullRequestComment)
        {
            if (options.PullRequestNumber is { } pr)
                await runner.Step("pull request comment", "pull-requests: write (pull requests from forks get a read-only token)",
                    () => PublishCommentAsync(client, options, failOn, pr, published, report, gateFailed, runner, say));
            else
                say.Line("pull request comment: skipped (not a pull request: no pull_request in GITHUB_EVENT_PATH and no refs/pull/N in GITHUB_REF)");
        }

        if (options.CodeScanning)
        {
            var sarifPath = Path.Combine(resultsDir, "results.sarif");
            if (!File.Exists(sarifPath)) say.Line($"code scanning: skipped (no {sarifPath}: scan with --format sarif)");
            else if (string.IsNullOrEmpty(options.Ref)) say.Line("code scanning: skipped (ref unknown: set GITHUB_REF or --ref)");
            else
                await runner.Step("code scanning upload", "security-events: write (and code scanning enabled for the repository)",
                    () => UploadSarifAsync(client, options, sarifPath, runner, say));
        }
        return 0;
    }

    /// <summary>
    /// GitHubClient(ProductHeaderValue, Uri) appends <c>/api/v3/</c> to every non-github.com host
    /// (right for GHES, wrong for ghe.com hosts and test servers), so the connection is built
    /// directly on the configured base: https://api.github.com, https://HOST/api/v3 (GHES, as in
    /// GITHUB_API_URL) or any other base, used as given.
    /// </summary>
    internal static GitHubClient CreateClient(Uri apiUri, string token)
    {
        var host = apiUri.Host;
        var baseUri = host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase)
            ? new Uri("https://api.github.com/")
            : new Uri(apiUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        var version = typeof(GitHubPublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
        var connection = new Connection(new ProductHeaderValue("compliance", version), baseUri,
            new InMemoryCredentialStore(new Credentials(token)), new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault), new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }

    // ---- check run -------------------------------------------------------------------------

    private static async Task PublishCheckRunAsync(GitHubClient client, GitHubPublishOptions o, FailOnSpec failOn, PublishedResults published, string? report, bool gateFailed,
        StepRunner runner, SafeLog say)
    {
        var result = published.Result;
        var annotations = published.New.Select(f => ToAnnotation(f, published.PathPrefix)).ToList();
        var batches = annotations.Chunk(AnnotationBatchSize).ToList();
        var title = Title(published, gateFailed);
        var summary = Summary(result, failOn, gateFailed);
        var text = report is null ? null : Truncate(report, MaxBodyLength);
        var conclusion = gateFailed ? CheckConclusion.Failure : CheckConclusion.Success;
        var headSha = o.HeadSha ?? o.Sha!;

        NewCheckRunOutput Output(int i) => new(title, summary)
        {
            Text = text,
            Annotations = i < batches.Count ? batches[i] : null,
        };

        var create = new NewCheckRun(CheckRunName, headSha) { Output = Output(0) };
        if (batches.Count <= 1) { create.Status = CheckStatus.Completed; create.Conclusion = conclusion; }
        else create.Status = CheckStatus.InProgress;
        var run = await runner.Call(() => client.Check.Run.Create(o.Owner, o.Repository, create));

        for (var i = 1; i < batches.Count; i++)
        {
            var update = new CheckRunUpdate { Output = Output(i) };
            if (i == batches.Count - 1) { update.Status = CheckStatus.Completed; update.Conclusion = conclusion; }
            try { await runner.Call(() => client.Check.Run.Update(o.Owner, o.Repository, run.Id, update)); }
            catch (ApiException)
            {
                // A run left "in progress" blocks merges where the check is required: complete it
                // without the remaining annotations (best effort), then report the failure.
                var done = new CheckRunUpdate
                {
                    Status = CheckStatus.Completed, Conclusion = conclusion,
                    Output = new NewCheckRunOutput(title, summary + $"\n\nOnly {i * AnnotationBatchSize} of {annotations.Count} annotations could be sent; see the PR comment or the report.") { Text = text },
                };
                try { await runner.Call(() => client.Check.Run.Update(o.Owner, o.Repository, run.Id, done)); } catch (ApiException) { }
                throw;
            }
        }
        say.Line($"check run: '{CheckRunName}' {(gateFailed ? "failure" : "success")} on {Short(headSha)} with {annotations.Count} annotation(s) in {Math.Max(1, batches.Count)} request(s)");
    }

    private static NewCheckRunAnnotation ToAnnotation(ResultFinding f, string prefix)
    {
        var start = Math.Max(1, f.StartLine);
        var end = Math.Max(start, f.EndLine);
        var level = f.Severity switch
        {
            Severity.Critical or Severity.High => CheckAnnotationLevel.Failure,
            Severity.Medium => CheckAnnotationLevel.Warning,
            _ => CheckAnnotationLevel.Notice,
        };
        var a = new NewCheckRunAnnotation(prefix + f.File, start, end, level, Truncate(f.Message, 64_000))
        {
            Title = $"{f.RuleId} ({f.Severity.ToToken()})",
            RawDetails = string.IsNullOrEmpty(f.Evidence) ? null : Truncate(f.Evidence, 64_000),
        };
        // GitHub accepts columns only for single-line annotations.
        if (end == start && f.StartColumn > 0 && f.EndColumn >= f.StartColumn) { a.StartColumn = f.StartColumn; a.EndColumn = f.EndColumn; }
        return a;
    }

    // ---- PR comment ------------------------------------------------------------------------

    private static async Task PublishCommentAsync(GitHubClient client, GitHubPublishOptions o, FailOnSpec failOn, int pr, PublishedResults published, string? report, bool gateFailed,
        StepRunner runner, SafeLog say)
    {
        var body = say.Mask(CommentBody.Render(published, failOn, gateFailed, report, MaxBodyLength));
        var comments = await runner.Call(() => client.Issue.Comment.GetAllForIssue(o.Owner, o.Repository, pr));
        var mine = comments.FirstOrDefault(c => c.Body is { } b && b.Contains(CommentMarker, StringComparison.Ordinal));
        if (mine is not null)
        {
            await runner.Call(() => client.Issue.Comment.Update(o.Owner, o.Repository, mine.Id, body));
            say.Line($"pull request comment: updated on #{pr}");
        }
        else
        {
            await runner.Call(() => client.Issue.Comment.Create(o.Owner, o.Repository, pr, body));
            say.Line($"pull request comment: posted on #{pr}");
        }
    }

    // ---- code scanning ---------------------------------------------------------------------

    private static async Task UploadSarifAsync(GitHubClient client, GitHubPublishOptions o, string sarifPath, StepRunner runner, SafeLog say)
    {
        var payload = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["commit_sha"] = o.Sha ?? o.HeadSha!,
            ["ref"] = o.Ref!,
            ["sarif"] = GzipBase64(WithoutAbsentResults(File.ReadAllBytes(sarifPath))),
            ["tool_name"] = "compliance",
        });
        // Octokit 14 has no code-scanning client: post through its connection (auth, retries' exceptions, base URL).
        var uri = new Uri($"repos/{Uri.EscapeDataString(o.Owner)}/{Uri.EscapeDataString(o.Repository)}/code-scanning/sarifs", UriKind.Relative);
        var response = await runner.Call(() => client.Connection.Post<SarifUploadResponse>(uri, payload, "application/vnd.github+json", "application/json"));
        var id = response.Body?.Id;
        say.Line($"code scanning: SARIF uploaded for {Short(o.Sha ?? o.HeadSha!)} on {o.Ref}{(string.IsNullOrEmpty(id) ? "" : $" (upload {id})")}");
    }

    /// <summary>
    /// Code scanning ignores <c>baselineState</c> and would open an alert for every fixed
    /// ("absent") result, so those are dropped from the upload; a log without any is sent byte for byte.
    /// </summary>
    public static byte[] WithoutAbsentResults(byte[] sarif)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(sarif); }
        catch (JsonException) { return sarif; } // let GitHub report what is wrong with it
        var removed = false;
        foreach (var run in root?["runs"] as JsonArray ?? [])
        {
            if (run?["results"] is not JsonArray results) continue;
            for (var i = results.Count - 1; i >= 0; i--)
            {
                if (results[i]?["baselineState"] is JsonValue v && v.TryGetValue<string>(out var state) && state == BaselineStates.Absent)
                {
                    results.RemoveAt(i);
                    removed = true;
                }
            }
        }
        return removed ? JsonSerializer.SerializeToUtf8Bytes(root) : sarif;
    }

    /// <summary>gzip, then base64: the encoding the code-scanning sarifs endpoint requires.</summary>
    public static string GzipBase64(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return Convert.ToBase64String(buffer.ToArray());
    }

    // ---- text ------------------------------------------------------------------------------

    private static string Title(PublishedResults published, bool gateFailed)
    {
        var r = published.Result;
        var open = published.Active.Count();
        var news = r.Summary.New is { } n ? $", {n} new" : "";
        return $"{(gateFailed ? "Failed" : "Passed")}: {open} finding(s){news}";
    }

    internal static string Summary(ScanResult r, FailOnSpec failOn, bool gateFailed) => CommentBody.Summary(r, failOn, gateFailed);

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 40)] + "\n\n… (truncated; see the full report)";

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;

    // ---- retries and degradation -------------------------------------------------------------

    /// <summary>Runs calls with bounded retries, and steps that may fail without stopping the others.</summary>
    private sealed class StepRunner(RetryPolicy policy, SafeLog say, CancellationToken ct)
    {
        public async Task Step(string name, string permission, Func<Task> step)
        {
            try { await step(); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex) when (IsPermission(ex))
            {
                say.Line($"{name}: skipped — the token may not do this ({(int)((ApiException)ex).StatusCode}: {ex.Message}). Needs {permission}.");
            }
            catch (Exception ex)
            {
                say.Line($"{name}: skipped — {Describe(ex)}");
            }
        }

        public async Task<T> Call<T>(Func<Task<T>> call)
        {
            for (var attempt = 1; ; attempt++)
            {
                ct.ThrowIfCancellationRequested();
                try { return await call(); }
                catch (ApiException ex) when (attempt < policy.MaxAttempts && RetryDelay(ex, attempt) is { } wait)
                {
                    say.Line($"  GitHub answered {(int)ex.StatusCode}; retrying in {wait.TotalSeconds:0.#} s (attempt {attempt + 1} of {policy.MaxAttempts})");
                    await policy.Delay(wait, ct);
                }
            }
        }

        private TimeSpan? RetryDelay(ApiException ex, int attempt)
        {
            var status = (int)ex.StatusCode;
            TimeSpan? wait = ex switch
            {
                AbuseException { RetryAfterSeconds: { } s } => TimeSpan.FromSeconds(s),
                RateLimitExceededException r => r.Reset - policy.UtcNow(),
                _ => null,
            };
            wait ??= RetryAfter(ex) ?? RateLimitReset(ex);
            if (wait is null && (ex is SecondaryRateLimitExceededException or AbuseException || status == 429))
                wait = TimeSpan.FromSeconds(60);
            if (wait is null && status >= 500)
                wait = policy.BaseDelay * Math.Pow(2, attempt - 1);
            if (wait is null) return null;
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            return wait <= policy.MaxDelay ? wait : null; // a reset far away: give up the step rather than stall CI
        }

        private static TimeSpan? RetryAfter(ApiException ex) =>
            Header(ex, "Retry-After") is { } v && int.TryParse(v, out var s) ? TimeSpan.FromSeconds(s) : null;

        private TimeSpan? RateLimitReset(ApiException ex) =>
            (int)ex.StatusCode is 403 or 429 && Header(ex, "x-ratelimit-remaining") == "0"
            && Header(ex, "x-ratelimit-reset") is { } v && long.TryParse(v, out var epoch)
                ? DateTimeOffset.FromUnixTimeSeconds(epoch) - policy.UtcNow() + TimeSpan.FromSeconds(1)
                : null;

        private static string? Header(ApiException ex, string name) =>
            ex.HttpResponse?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

        private static bool IsPermission(Exception ex) =>
            ex is ApiException api && api is not RateLimitExceededException && api is not SecondaryRateLimitExceededException && api is not AbuseException
            && api.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized;

        private static string Describe(Exception ex) => ex switch
        {
            RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException => $"rate limited by GitHub and the wait is too long ({ex.Message})",
            ApiException api => $"GitHub answered {(int)api.StatusCode}: {api.Message}",
            HttpRequestException => $"cannot reach GitHub: {ex.Message}",
            TaskCanceledException => "the request timed out",
            _ => $"unexpected error: {ex.GetType().Name}: {ex.Message}",
        };
    }

    private sealed class SarifUploadResponse
    {
        public string? Id { get; set; }
        public string? Url { get; set; }
    }
}

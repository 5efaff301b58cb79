namespace Compliance.Cli.Tests.GitHub;

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Gating;
using Compliance.Cli.GitHub;
using Compliance.Rules.Model;
using Compliance.Cli.Tests.Publishing;
using static Compliance.Cli.Tests.Publishing.FakeApiServer;

/// <summary>Runs the publisher (real Octokit) against a local fake of GitHub's REST API.</summary>
public sealed class GitHubPublisherTests : IDisposable
{
    private const string Owner = "acme";
    private const string Repo = "shop";
    private const string MergeSha = "1111111111111111111111111111111111111111";
    private const string HeadSha = "2222222222222222222222222222222222222222";
    private const string PrRef = "refs/pull/7/merge";

    private readonly FakeApiServer _server = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cmp-gh-").FullName;
    // Generated per run: a token-shaped canary that must never reach any output.
    private readonly string _token = "ghs_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(18));
    private readonly List<TimeSpan> _delays = [];
    private readonly StringWriter _log = new();

    public GitHubPublisherTests()
    {
        _server
            .On("POST", $"/repos/{Owner}/{Repo}/check-runs", _ => new Reply(201, """{"id": 4242, "name": "compliance", "status": "in_progress"}"""))
            .On("PATCH", $"/repos/{Owner}/{Repo}/check-runs/4242", _ => new Reply(200, """{"id": 4242, "name": "compliance", "status": "completed"}"""))
            .On("GET", $"/repos/{Owner}/{Repo}/issues/7/comments", _ => new Reply(200, "[]"))
            .On("POST", $"/repos/{Owner}/{Repo}/issues/7/comments", r => new Reply(201, JsonSerializer.Serialize(new { id = 501, body = r.Json["body"]!.GetValue<string>() })))
            .On("POST", $"/repos/{Owner}/{Repo}/code-scanning/sarifs", _ => new Reply(202, """{"id": "47177e22-5596-11eb-80a1-c1e54ef945c6", "url": "x"}"""));
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private GitHubPublishOptions Options(string? apiUrl = null) =>
        GitHubPublishOptions.FromEnvironment(Env(), apiUrl: apiUrl ?? _server.BaseUrl) with
        {
            Retry = new RetryPolicy
            {
                Delay = (d, _) => { lock (_delays) _delays.Add(d); return Task.CompletedTask; },
                UtcNow = () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            },
        };

    private Func<string, string?> Env()
    {
        var eventPath = Path.Combine(_dir, "event.json");
        File.WriteAllText(eventPath, JsonSerializer.Serialize(new { action = "synchronize", number = 7, pull_request = new { number = 7, head = new { sha = HeadSha, @ref = "feature" } } }));
        var env = new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = _token, ["GITHUB_REPOSITORY"] = $"{Owner}/{Repo}", ["GITHUB_SHA"] = MergeSha,
            ["GITHUB_REF"] = PrRef, ["GITHUB_EVENT_PATH"] = eventPath, ["GITHUB_EVENT_NAME"] = "pull_request",
        };
        return k => env.GetValueOrDefault(k);
    }

    /// <summary>Writes results.json/results.sarif/report.md like a scan with a baseline: <paramref name="newCount"/> new, 3 unchanged, 2 suppressed new, 1 absent.</summary>
    private byte[] WriteResults(int newCount, string? dir = null)
    {
        dir ??= _dir;
        var findings = new List<ResultFinding>();
        for (var i = 0; i < newCount; i++) findings.Add(Finding($"src/New{i:D3}.cs", i + 1, "new", i % 3 == 0 ? "medium" : "high"));
        for (var i = 0; i < 3; i++) findings.Add(Finding($"src/Old{i}.cs", 4, "unchanged", "critical"));
        for (var i = 0; i < 2; i++) { var f = Finding($"src/Waived{i}.cs", 2, "new", "critical"); f.Suppression = new Suppression { Justification = "accepted" }; findings.Add(f); }
        findings.Add(Finding("src/Fixed.cs", 9, "absent", "high"));
        var result = new ScanResult
        {
            Tool = new ToolInfo { Version = "0.1.0" },
            Summary = new ScanSummary { High = newCount, New = newCount + 2, Unchanged = 3, Absent = 1 },
            Findings = findings,
        };
        File.WriteAllText(Path.Combine(dir, "results.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var sarif = Encoding.UTF8.GetBytes("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"compliance"}},"results":[]}]}""" + new string(' ', 2000) + "\n");
        File.WriteAllBytes(Path.Combine(dir, "results.sarif"), sarif);
        File.WriteAllText(Path.Combine(dir, "report.md"), "# 合规检查报告\n\nNew findings: " + newCount + "\n");
        return sarif;
    }

    private static ResultFinding Finding(string file, int line, string state, string severity) => new()
    {
        Id = Fingerprint.Compute("CMP2001", file, "M#0"), RuleId = "CMP2001", Theme = "weak-hash", Severity = SeverityExtensions.TryParse(severity, out var s) ? s : Severity.None,
        File = file, StartLine = line, StartColumn = 9, EndLine = line, EndColumn = 21, Message = "MD5 is a weak hash", BaselineState = state,
    };

    private void AssertTokenNeverPrinted() => Assert.DoesNotContain(_token, _log.ToString());

    [Fact]
    public async Task Publishes_check_run_in_batches_of_50_with_only_new_findings_then_comment_then_sarif()
    {
        var sarif = WriteResults(newCount: 120);
        var exit = await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None);
        Assert.Equal(0, exit);

        var requests = _server.Requests;
        Assert.Equal(
            ["POST /repos/acme/shop/check-runs", "PATCH /repos/acme/shop/check-runs/4242", "PATCH /repos/acme/shop/check-runs/4242",
             "GET /repos/acme/shop/issues/7/comments", "POST /repos/acme/shop/issues/7/comments", "POST /repos/acme/shop/code-scanning/sarifs"],
            requests.Select(r => $"{r.Method} {r.Path}"));

        foreach (var r in requests)
        {
            Assert.Matches($"^(?i:token|bearer) {_token}$", r.Header("Authorization"));
            Assert.Contains("compliance/", r.Header("User-Agent"));
            Assert.Contains("application/", r.Header("Accept"));
        }

        // Check run: created on the PR head (not the merge commit), in progress, first 50 annotations.
        var create = requests[0].Json;
        Assert.Equal("compliance", (string)create["name"]!);
        Assert.Equal(HeadSha, (string)create["head_sha"]!);
        Assert.Equal("in_progress", (string)create["status"]!);
        Assert.Null(create["conclusion"]);
        var batches = requests.Take(3).Select(r => r.Json["output"]!["annotations"]!.AsArray()).ToList();
        Assert.Equal([50, 50, 20], batches.Select(b => b.Count));
        var annotated = batches.SelectMany(b => b).ToList();
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"src/New{i:D3}.cs"), annotated.Select(a => (string)a!["path"]!));
        var first = annotated[0]!;
        Assert.Equal((1, 1, 9, 21), ((int)first["start_line"]!, (int)first["end_line"]!, (int)first["start_column"]!, (int)first["end_column"]!));
        Assert.Equal("warning", (string)first["annotation_level"]!); // medium
        Assert.Equal("failure", (string)annotated[1]!["annotation_level"]!); // high
        Assert.Equal("CMP2001 (medium)", (string)first["title"]!);
        Assert.Equal("MD5 is a weak hash", (string)first["message"]!);
        Assert.Contains("120", (string)create["output"]!["title"]! + (string)create["output"]!["summary"]! );
        Assert.Contains("122 new", (string)create["output"]!["summary"]!);

        var last = requests[2].Json;
        Assert.Equal("completed", (string)last["status"]!);
        Assert.Equal("failure", (string)last["conclusion"]!); // new high findings, default --fail-on high
        Assert.Null(requests[1].Json["conclusion"]);

        // PR comment: marker first, the gate summary, the new findings (120 + 0 suppressed; 50 rows), then report.md folded away.
        var body = (string)requests[4].Json["body"]!;
        Assert.StartsWith("<!-- compliance-report -->\n**compliance** failed the gate (`--fail-on high`).", body);
        Assert.Contains("### New findings (120)", body);
        Assert.Contains("| medium | CMP2001 | src/New000.cs:1 | MD5 is a weak hash |", body);
        Assert.DoesNotContain("src/New050.cs", body);
        Assert.Contains("… and 70 more", body);
        Assert.DoesNotContain("src/Old0.cs", body);     // unchanged
        Assert.DoesNotContain("src/Waived0.cs", body);  // suppressed
        Assert.DoesNotContain("src/Fixed.cs", body);    // absent
        Assert.Contains("<details><summary>Full report</summary>\n\n# 合规检查报告", body);

        // SARIF: merge commit + PR ref, gzip+base64 of the file's exact bytes.
        var upload = requests[5].Json;
        Assert.Equal(MergeSha, (string)upload["commit_sha"]!);
        Assert.Equal(PrRef, (string)upload["ref"]!);
        using var gz = new GZipStream(new MemoryStream(Convert.FromBase64String((string)upload["sarif"]!)), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        gz.CopyTo(decoded);
        Assert.Equal(sarif, decoded.ToArray());

        Assert.Contains("check run: 'compliance' failure", _log.ToString());
        Assert.Contains("pull request comment: posted on #7", _log.ToString());
        Assert.Contains("code scanning: SARIF uploaded", _log.ToString());
        AssertTokenNeverPrinted();
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Few_annotations_create_a_completed_run_in_one_request_and_success_when_below_the_gate()
    {
        WriteResults(newCount: 1); // one medium new finding (i=0) → below --fail-on high
        var exit = await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None);
        Assert.Equal(0, exit);
        var checkRuns = _server.Requests.Where(r => r.Path.Contains("check-runs")).ToList();
        var create = Assert.Single(checkRuns).Json;
        Assert.Equal("completed", (string)create["status"]!);
        Assert.Equal("success", (string)create["conclusion"]!);
        Assert.Single(create["output"]!["annotations"]!.AsArray());
    }

    [Theory]
    [InlineData("medium", "failure")]
    [InlineData("none,weak-hash=medium", "failure")]
    [InlineData("critical", "success")]
    public async Task Check_run_conclusion_follows_the_fail_on_values(string failOn, string conclusion)
    {
        WriteResults(newCount: 1); // one new medium finding
        var exit = await GitHubPublisher.PublishAsync(Options() with { FailOn = [failOn] }, _dir, _log, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Equal(conclusion, (string)_server.Requests.Single(r => r.Path.EndsWith("/check-runs")).Json["conclusion"]!);
        Assert.Contains($"--fail-on {failOn.Split(',')[0]}", (string)_server.Requests.Single(r => r.Path.EndsWith("/check-runs")).Json["output"]!["summary"]!);
    }

    [Fact]
    public async Task Invalid_fail_on_is_an_unusable_invocation()
    {
        WriteResults(newCount: 1);
        Assert.Equal(2, await GitHubPublisher.PublishAsync(Options() with { FailOn = ["severe"] }, _dir, _log, CancellationToken.None));
        Assert.Contains("--fail-on 'severe'", _log.ToString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Rerun_updates_the_existing_marked_comment_instead_of_posting_a_duplicate()
    {
        WriteResults(newCount: 2);
        _server.On("GET", $"/repos/{Owner}/{Repo}/issues/7/comments", _ => new Reply(200,
            """[{"id": 11, "body": "LGTM", "user": {"login": "alice"}}, {"id": 12, "body": "<!-- compliance-report -->\nold report", "user": {"login": "github-actions[bot]"}}]"""));
        _server.On("PATCH", $"/repos/{Owner}/{Repo}/issues/comments/12", r => new Reply(200, JsonSerializer.Serialize(new { id = 12, body = r.Json["body"]!.GetValue<string>() })));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        var commentCalls = _server.Requests.Where(r => r.Path.Contains("/comments")).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(["GET /repos/acme/shop/issues/7/comments", "PATCH /repos/acme/shop/issues/comments/12"], commentCalls);
        var patch = _server.Requests.Single(r => r.Method == "PATCH" && r.Path.EndsWith("/comments/12"));
        Assert.StartsWith("<!-- compliance-report -->\n**compliance**", (string)patch.Json["body"]!);
        Assert.Contains("# 合规检查报告", (string)patch.Json["body"]!);
        Assert.Contains("pull request comment: updated on #7", _log.ToString());
    }

    [Fact]
    public async Task Low_precision_suppressed_absent_and_unchanged_findings_are_neither_annotated_nor_listed()
    {
        // The shared fixture: one new precise finding, one new low-precision, one suppressed, one absent, one unchanged.
        PublishingFixtures.WriteResults(_dir);
        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        var create = _server.Requests.Single(r => r.Path.EndsWith("/check-runs")).Json;
        Assert.Equal(["samples/src/Program.cs"], create["output"]!["annotations"]!.AsArray().Select(a => (string)a!["path"]!));
        Assert.Equal("Failed: 2 finding(s), 3 new", (string)create["output"]!["title"]!); // headline: active only (no low-precision)
        var body = (string)_server.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/comments")).Json["body"]!;
        Assert.Contains("### New findings (1)", body);
        Assert.DoesNotContain(PublishingFixtures.LowPrecisionFile, body);
        Assert.Contains("code scanning: skipped (no ", _log.ToString());
    }

    [Fact]
    public async Task Rate_limited_429_with_Retry_After_is_retried_after_that_delay()
    {
        WriteResults(newCount: 1);
        _server.Once("POST", $"/repos/{Owner}/{Repo}/check-runs", new Reply(429,
            """{"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}""",
            new Dictionary<string, string> { ["Retry-After"] = "3" }));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Equal(2, _server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/check-runs")));
        Assert.Equal([TimeSpan.FromSeconds(3)], _delays);
        Assert.Contains("GitHub answered 429; retrying in 3 s", _log.ToString());
        Assert.Contains("check run: 'compliance'", _log.ToString());
        AssertTokenNeverPrinted();
    }

    [Fact]
    public async Task Secondary_rate_limit_403_is_retried_not_treated_as_missing_permission()
    {
        WriteResults(newCount: 1);
        _server.Once("POST", $"/repos/{Owner}/{Repo}/issues/7/comments", new Reply(403,
            """{"message": "You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.", "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}""",
            new Dictionary<string, string> { ["Retry-After"] = "5" }));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Equal(2, _server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/issues/7/comments")));
        Assert.Equal([TimeSpan.FromSeconds(5)], _delays);
        Assert.Contains("pull request comment: posted on #7", _log.ToString());
    }

    [Fact]
    public async Task Rate_limit_reset_too_far_away_skips_the_step_instead_of_stalling()
    {
        WriteResults(newCount: 1);
        var reset = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(); // an hour later
        _server.On("POST", $"/repos/{Owner}/{Repo}/check-runs", _ => new Reply(403,
            """{"message": "API rate limit exceeded for installation ID 1."}""",
            new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset.ToString() }));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Empty(_delays);
        Assert.Contains("check run: skipped — rate limited by GitHub", _log.ToString());
        Assert.Contains("code scanning: SARIF uploaded", _log.ToString());
    }

    [Fact]
    public async Task Primary_rate_limit_403_waits_until_x_ratelimit_reset()
    {
        WriteResults(newCount: 1);
        var reset = new DateTimeOffset(2026, 1, 1, 0, 0, 20, TimeSpan.Zero).ToUnixTimeSeconds();
        _server.Once("GET", $"/repos/{Owner}/{Repo}/issues/7/comments", new Reply(403,
            """{"message": "API rate limit exceeded for installation ID 1.", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""",
            new Dictionary<string, string> { ["x-ratelimit-limit"] = "5000", ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset.ToString() }));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Equal(2, _server.Requests.Count(r => r.Method == "GET"));
        var wait = Assert.Single(_delays);
        Assert.InRange(wait.TotalSeconds, 20, 21);
        Assert.Contains("pull request comment: posted on #7", _log.ToString());
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_backoff_and_then_succeed()
    {
        WriteResults(newCount: 1);
        _server.Once("POST", $"/repos/{Owner}/{Repo}/code-scanning/sarifs", new Reply(502, """{"message": "Server Error"}"""))
               .Once("POST", $"/repos/{Owner}/{Repo}/code-scanning/sarifs", new Reply(503, """{"message": "Service Unavailable"}"""));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Equal(3, _server.Requests.Count(r => r.Path.EndsWith("/code-scanning/sarifs")));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _delays);
        Assert.Contains("code scanning: SARIF uploaded", _log.ToString());
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_bounded_attempts_and_other_steps_still_run()
    {
        WriteResults(newCount: 1);
        _server.On("POST", $"/repos/{Owner}/{Repo}/check-runs", _ => new Reply(500, """{"message": "Server Error"}"""));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        Assert.Equal(RetryPolicy.Default.MaxAttempts, _server.Requests.Count(r => r.Path.EndsWith("/check-runs")));
        Assert.Equal(RetryPolicy.Default.MaxAttempts - 1, _delays.Count);
        Assert.Contains("check run: skipped — GitHub answered 500", _log.ToString());
        Assert.Contains("pull request comment: posted on #7", _log.ToString());
        Assert.Contains("code scanning: SARIF uploaded", _log.ToString());
    }

    [Fact]
    public async Task A_failing_annotation_batch_still_completes_the_check_run()
    {
        WriteResults(newCount: 70);
        _server.On("PATCH", $"/repos/{Owner}/{Repo}/check-runs/4242", r =>
            r.Json["output"]?["annotations"] is JsonArray ? new Reply(500, """{"message": "Server Error"}""") : new Reply(200, """{"id": 4242}"""));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None));

        var last = _server.Requests.Last(r => r.Method == "PATCH").Json;
        Assert.Equal(("completed", "failure"), ((string)last["status"]!, (string)last["conclusion"]!));
        Assert.Contains("Only 50 of 70 annotations", (string)last["output"]!["summary"]!);
        Assert.Contains("check run: skipped — GitHub answered 500", _log.ToString());
        Assert.Contains("pull request comment: posted on #7", _log.ToString());
    }

    [Fact]
    public async Task Read_only_token_skips_each_forbidden_step_with_a_message_and_never_prints_the_token()
    {
        WriteResults(newCount: 1);
        // Echoing the token in an error body: the publisher must still mask it.
        var denied = new Reply(403, JsonSerializer.Serialize(new { message = "Resource not accessible by integration " + _token, documentation_url = "https://docs.github.com/rest" }));
        _server.On("POST", $"/repos/{Owner}/{Repo}/check-runs", _ => denied)
               .On("POST", $"/repos/{Owner}/{Repo}/issues/7/comments", _ => denied);

        var exit = await GitHubPublisher.PublishAsync(Options(), _dir, _log, CancellationToken.None);

        Assert.Equal(0, exit);
        var log = _log.ToString();
        Assert.Contains("check run: skipped — the token may not do this (403: Resource not accessible by integration", log);
        Assert.Contains("Needs checks: write", log);
        Assert.Contains("pull request comment: skipped — the token may not do this (403", log);
        Assert.Contains("pull-requests: write", log);
        Assert.Contains("code scanning: SARIF uploaded", log);
        Assert.Empty(_delays); // permission errors are not retried
        Assert.Equal(1, _server.Requests.Count(r => r.Path.EndsWith("/check-runs")));
        AssertTokenNeverPrinted();
        Assert.Contains("***", log);
    }

    [Fact]
    public async Task Enterprise_server_api_url_keeps_the_api_v3_prefix()
    {
        WriteResults(newCount: 1);
        foreach (var (m, p) in new[] { ("POST", "check-runs"), ("GET", "issues/7/comments"), ("POST", "issues/7/comments"), ("POST", "code-scanning/sarifs") })
            _server.On(m, $"/api/v3/repos/{Owner}/{Repo}/{p}", _ => new Reply(m == "GET" ? 200 : 201, m == "GET" ? "[]" : """{"id": 1}"""));

        Assert.Equal(0, await GitHubPublisher.PublishAsync(Options(_server.BaseUrl + "api/v3"), _dir, _log, CancellationToken.None));

        Assert.True(4 == _server.Requests.Count, string.Join("\n", _server.Requests.Select(r => $"{r.Method} {r.Path}")) + "\n" + _log);
        Assert.All(_server.Requests, r => Assert.StartsWith("/api/v3/repos/acme/shop/", r.Path));
    }

    [Fact]
    public async Task Missing_token_or_results_is_an_unusable_invocation()
    {
        WriteResults(newCount: 1);
        var noToken = Options() with { Token = null };
        Assert.Equal(2, await GitHubPublisher.PublishAsync(noToken, _dir, _log, CancellationToken.None));
        Assert.Contains("GITHUB_TOKEN is not set", _log.ToString());

        var empty = Directory.CreateTempSubdirectory("cmp-gh-empty-").FullName;
        try { Assert.Equal(2, await GitHubPublisher.PublishAsync(Options(), empty, _log, CancellationToken.None)); }
        finally { Directory.Delete(empty, true); }
        Assert.Empty(_server.Requests);
        AssertTokenNeverPrinted();
    }

    [Fact]
    public void Options_from_a_push_event_use_GITHUB_SHA_and_explicit_values_win()
    {
        var env = new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = _token, ["GITHUB_REPOSITORY"] = "acme/shop", ["GITHUB_SHA"] = MergeSha, ["GITHUB_REF"] = "refs/heads/main",
            ["GITHUB_API_URL"] = "https://ghe.example.com/api/v3", ["COMPLIANCE_FAIL_ON"] = "none,secret=low",
        };
        var push = GitHubPublishOptions.FromEnvironment(k => env.GetValueOrDefault(k));
        Assert.Equal(("acme", "shop", MergeSha, MergeSha, "refs/heads/main", (int?)null, "https://ghe.example.com/api/v3"),
            (push.Owner, push.Repository, push.Sha, push.HeadSha, push.Ref, push.PullRequestNumber, push.ApiUrl));

        Assert.Equal(["none,secret=low"], push.FailOn);

        var explicitly = GitHubPublishOptions.FromEnvironment(k => env.GetValueOrDefault(k), apiUrl: "https://api.github.com", repository: "o/r", sha: HeadSha, gitRef: "refs/pull/9/head");
        Assert.Equal(("o", "r", HeadSha, HeadSha, 9, "https://api.github.com"),
            (explicitly.Owner, explicitly.Repository, explicitly.Sha, explicitly.HeadSha, explicitly.PullRequestNumber, explicitly.ApiUrl));

        var pr = Options();
        Assert.Equal((MergeSha, HeadSha, 7), (pr.Sha, pr.HeadSha, pr.PullRequestNumber));
        Assert.DoesNotContain(_token, pr.ToString()); // a stray log of the options does not leak it either
        Assert.Contains("acme/shop", pr.ToString());
    }

    [Fact]
    public void Fixed_results_are_not_uploaded_to_code_scanning()
    {
        var sarif = Encoding.UTF8.GetBytes("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"compliance"}},"results":[
              {"ruleId":"CMP2001","baselineState":"new","message":{"text":"a"}},
              {"ruleId":"CMP2001","baselineState":"absent","message":{"text":"b"}},
              {"ruleId":"CMP1001","baselineState":"unchanged","message":{"text":"c"}}]}]}
            """);
        var filtered = JsonNode.Parse(GitHubPublisher.WithoutAbsentResults(sarif))!;
        Assert.Equal(["new", "unchanged"], filtered["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["baselineState"]!));

        var clean = Encoding.UTF8.GetBytes("""{"version":"2.1.0","runs":[{"results":[{"ruleId":"CMP2001"}]}]}""");
        Assert.Same(clean, GitHubPublisher.WithoutAbsentResults(clean));
    }

    [Fact]
    public void Gzip_base64_round_trips()
    {
        var data = RandomNumberGenerator.GetBytes(10_000);
        using var gz = new GZipStream(new MemoryStream(Convert.FromBase64String(GitHubPublisher.GzipBase64(data))), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gz.CopyTo(output);
        Assert.Equal(data, output.ToArray());
    }
}

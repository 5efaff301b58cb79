namespace Compliance.Cli.Tests.GitLab;

using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.GitHub;
using Compliance.Cli.GitLab;
using Compliance.Cli.Tests.Publishing;
using static Compliance.Cli.Tests.Publishing.FakeApiServer;
using static Compliance.Cli.Tests.Publishing.PublishingFixtures;

/// <summary>Runs <c>compliance gitlab</c>'s publisher against a local fake of GitLab's REST API v4.</summary>
public sealed class GitLabPublisherTests : IDisposable
{
    private const string NotesPath = "/api/v4/projects/42/merge_requests/7/notes";

    private readonly FakeApiServer _server = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cmp-gl-").FullName;
    private readonly string _token = Canary("glpat-");
    private readonly List<TimeSpan> _delays = [];
    private readonly StringWriter _log = new();
    /// <summary>The fake's notes on merge request !7 (id → body), changed by POST and PUT.</summary>
    private readonly Dictionary<long, string> _notes = [];

    public GitLabPublisherTests()
    {
        _server
            .On("GET", NotesPath, _ => new Reply(200, JsonSerializer.Serialize(_notes.Select(n => new { id = n.Key, body = n.Value, system = false }))))
            .On("POST", NotesPath, r =>
            {
                _notes[900] = (string)r.Json["body"]!;
                return new Reply(201, JsonSerializer.Serialize(new { id = 900, body = _notes[900] }));
            })
            .On("PUT", NotesPath + "/900", r =>
            {
                _notes[900] = (string)r.Json["body"]!;
                return new Reply(200, JsonSerializer.Serialize(new { id = 900, body = _notes[900] }));
            });
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private Dictionary<string, string> Env(bool jobTokenOnly = false, string? iid = "7") => new()
    {
        ["CI_API_V4_URL"] = _server.BaseUrl + "api/v4",
        ["CI_PROJECT_ID"] = "42",
        [jobTokenOnly ? "CI_JOB_TOKEN" : "COMPLIANCE_GITLAB_TOKEN"] = _token,
        ["CI_MERGE_REQUEST_IID"] = iid ?? "",
        ["SOURCE_DATE_EPOCH"] = "1767225600", // 2026-01-01T00:00:00Z
    };

    private GitLabPublishOptions Options(Dictionary<string, string>? env = null) =>
        GitLabPublishOptions.FromEnvironment(k => (env ?? Env()).GetValueOrDefault(k)) with
        {
            Retry = new RetryPolicy { Delay = (d, _) => { lock (_delays) _delays.Add(d); return Task.CompletedTask; } },
        };

    private Task<int> Publish(GitLabPublishOptions? options = null) => GitLabPublisher.PublishAsync(options ?? Options(), _dir, _log, CancellationToken.None);

    /// <summary>The canary is in no log line, no file of the results folder and no note body.</summary>
    private void AssertTokenNowhere()
    {
        Assert.DoesNotContain(_token, _log.ToString());
        foreach (var (path, text) in Files(_dir)) Assert.False(text.Contains(_token, StringComparison.Ordinal), $"token in {path}");
        foreach (var r in _server.Requests) Assert.DoesNotContain(_token, r.Body + r.RawQuery);
    }

    [Fact]
    public async Task Note_is_created_on_the_first_run_and_updated_on_the_second()
    {
        WriteResults(_dir, report: "# Compliance report\n\nfull text\n");

        Assert.Equal(0, await Publish());
        Assert.Equal(0, await Publish());

        Assert.Equal(
            [$"GET {NotesPath}", $"POST {NotesPath}", $"GET {NotesPath}", $"PUT {NotesPath}/900"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        foreach (var r in _server.Requests)
        {
            Assert.Equal(_token, r.Header("PRIVATE-TOKEN"));
            Assert.Equal("", r.Header("JOB-TOKEN"));
            Assert.StartsWith("compliance/", r.Header("User-Agent"));
        }
        Assert.Equal(("100", "1"), (_server.Requests[0].Query["per_page"], _server.Requests[0].Query["page"]));

        var body = Assert.Single(_notes).Value;
        Assert.StartsWith("<!-- compliance-report -->\n**compliance** failed the gate (`--fail-on high`).", body);
        Assert.Contains("| 1 | 1 | 1 | 0 | 1 | 0 |", body); // critical high medium low suppressed parse-errors
        Assert.Contains("Against the baseline: **3 new**, 1 unchanged, 1 fixed.", body);
        Assert.Contains("### New findings (1)", body);
        // Only the new, active, precise finding; its message escaped (no raw HTML, no broken table).
        Assert.Contains("| critical | CMP1001 | samples/src/Program.cs:12 | Hard-coded credential &lt;img src=x onerror=alert(1)&gt; \\| \\*\\*bold\\*\\* \\`code\\` |", body);
        Assert.DoesNotContain("<img", body);
        Assert.DoesNotContain("nginx.conf", body);      // unchanged against the baseline
        Assert.DoesNotContain(LowPrecisionFile, body);   // low precision
        Assert.DoesNotContain(SuppressedFile, body);     // waived
        Assert.DoesNotContain(AbsentFile, body);         // fixed
        Assert.Contains("1 low-precision result(s) are not listed", body);
        Assert.Contains("<details><summary>Full report</summary>\n\n# Compliance report", body);

        var log = _log.ToString();
        Assert.Contains("merge request note: posted on !7", log);
        Assert.Contains("merge request note: updated on !7 (note 900)", log);
        AssertTokenNowhere();
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Sast_and_code_quality_reports_hold_the_documented_fields_for_a_known_results_json()
    {
        WriteResults(_dir);
        Assert.Equal(0, await Publish());

        var sast = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "gl-sast-report.json")))!;
        Assert.Matches(@"^15\.\d+\.\d+$", (string)sast["version"]!);
        var scan = sast["scan"]!;
        Assert.Equal("sast", (string)scan["type"]!);
        Assert.Equal("success", (string)scan["status"]!);
        Assert.Equal("2026-01-01T00:00:00", (string)scan["start_time"]!);
        Assert.Equal("2026-01-01T00:00:00", (string)scan["end_time"]!);
        foreach (var tool in new[] { scan["analyzer"]!, scan["scanner"]! })
        {
            Assert.Equal("compliance", (string)tool["id"]!);
            Assert.Equal("compliance", (string)tool["name"]!);
            Assert.Equal("1.2.3", (string)tool["version"]!);
            Assert.Equal("Compliance", (string)tool["vendor"]!["name"]!);
        }

        // Active findings only (the unchanged one included: GitLab diffs against the target branch itself).
        var vulns = sast["vulnerabilities"]!.AsArray();
        Assert.Equal(["samples/deploy/nginx.conf", "samples/src/Program.cs"], vulns.Select(v => (string)v!["location"]!["file"]!));
        var secret = vulns[1]!;
        Assert.Equal($"{SecretId[..8]}-{SecretId[8..12]}-{SecretId[12..16]}-{SecretId[16..20]}-{SecretId[20..]}", (string)secret["id"]!);
        Assert.Equal("CMP1001 Hard-coded credential passed to a credential sink", (string)secret["name"]!);
        Assert.Equal(SecretMessage, (string)secret["description"]!);
        Assert.Equal("Critical", (string)secret["severity"]!);
        Assert.Equal("High", (string)vulns[0]!["severity"]!);
        Assert.Equal((12, 14), ((int)secret["location"]!["start_line"]!, (int)secret["location"]!["end_line"]!));
        var ids = secret["identifiers"]!.AsArray();
        Assert.Equal(("compliance_rule_id", "CMP1001"), ((string)ids[0]!["type"]!, (string)ids[0]!["value"]!));
        Assert.Contains(ids, i => (string)i!["type"]! == "cwe" && (string)i["name"]! == "CWE-798" && (string)i["value"]! == "798");
        Assert.All(vulns, v => Assert.False(string.IsNullOrEmpty((string?)v!["name"])));

        var quality = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "gl-code-quality-report.json")))!.AsArray();
        Assert.Equal(2, quality.Count);
        var q = quality[1]!;
        Assert.Equal("CMP1001", (string)q["check_name"]!);
        Assert.Equal($"CMP1001: {SecretMessage}", (string)q["description"]!);
        Assert.Equal(SecretId, (string)q["fingerprint"]!);
        Assert.Equal("blocker", (string)q["severity"]!);
        Assert.Equal("samples/src/Program.cs", (string)q["location"]!["path"]!);
        Assert.Equal(12, (int)q["location"]!["lines"]!["begin"]!);
        Assert.Equal(("critical", TlsId, 3), ((string)quality[0]!["severity"]!, (string)quality[0]!["fingerprint"]!, (int)quality[0]!["location"]!["lines"]!["begin"]!));

        // Same input, same Code Quality bytes (the SAST report is exempt only for its times).
        var first = File.ReadAllBytes(Path.Combine(_dir, "gl-code-quality-report.json"));
        Assert.Equal(0, await Publish());
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_dir, "gl-code-quality-report.json")));
        AssertTokenNowhere();
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30T00:00:00")]  // the scan's asOf
    [InlineData(null, "2026-12-06T09:15:42")]           // neither: the (injected) current time
    public async Task Sast_times_come_from_as_of_else_the_clock_when_SOURCE_DATE_EPOCH_is_unset(string? asOf, string expected)
    {
        WriteResults(_dir, asOf: asOf);
        var env = Env();
        env.Remove("SOURCE_DATE_EPOCH");
        Assert.Equal(0, await Publish(Options(env) with { UtcNow = () => new DateTimeOffset(2026, 12, 6, 9, 15, 42, 500, TimeSpan.Zero) }));
        var scan = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "gl-sast-report.json")))!["scan"]!;
        Assert.Equal((expected, expected), ((string)scan["start_time"]!, (string)scan["end_time"]!));
    }

    [Fact]
    public async Task Outside_a_merge_request_pipeline_the_reports_are_written_and_the_note_is_not_posted()
    {
        WriteResults(_dir);
        Assert.Equal(0, await Publish(Options(Env(iid: null))));
        Assert.True(File.Exists(Path.Combine(_dir, "gl-sast-report.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "gl-code-quality-report.json")));
        Assert.Contains("merge request note: not posted (not a merge request pipeline: CI_MERGE_REQUEST_IID is not set)", _log.ToString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Retries_through_500_502_and_429_then_succeeds_with_bounded_waits()
    {
        WriteResults(_dir);
        _server.Once("GET", NotesPath, new Reply(500, """{"message":"500 Internal Server Error"}"""))
               .Once("GET", NotesPath, new Reply(502, "<html>Bad Gateway</html>"))
               .Once("GET", NotesPath, new Reply(429, """{"message":"429 Too Many Requests"}""", new Dictionary<string, string> { ["Retry-After"] = "3600" }));

        Assert.Equal(0, await Publish());

        Assert.Equal([$"GET {NotesPath}", $"GET {NotesPath}", $"GET {NotesPath}", $"GET {NotesPath}", $"POST {NotesPath}"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        // Exponential backoff for 5xx; Retry-After honoured but capped at MaxDelay (90 s) so CI never stalls for an hour.
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(90)], _delays);
        var log = _log.ToString();
        Assert.Contains($"GitLab answered 502 on GET {NotesPath}; retrying in 4 s (attempt 3 of 4)", log);
        Assert.Contains("merge request note: posted on !7", log);
        Assert.Single(_notes);
        AssertTokenNowhere();
    }

    [Fact]
    public async Task A_GitLab_that_stays_unavailable_is_reported_and_does_not_fail_the_job()
    {
        WriteResults(_dir);
        // A proxy echoing the request headers in its error page must not leak the token through the message.
        _server.On("GET", NotesPath, r => new Reply(503, JsonSerializer.Serialize(new { message = "503 Service Unavailable", token = r.Header("PRIVATE-TOKEN") })));
        Assert.Equal(0, await Publish());
        Assert.Equal(4, _server.Requests.Count); // RetryPolicy.MaxAttempts
        Assert.Contains($"merge request note: not posted — GitLab answered 503 on GET {NotesPath}: {{\"message\":\"503 Service Unavailable\",\"token\":\"***\"}}", _log.ToString());
        Assert.True(File.Exists(Path.Combine(_dir, "gl-sast-report.json")));
        AssertTokenNowhere();
    }

    [Fact]
    public async Task Job_token_refused_with_403_degrades_with_a_clear_message_and_exit_0()
    {
        WriteResults(_dir);
        // GitLab echoing what it was sent must not leak the token either.
        _server.On("GET", NotesPath, r => new Reply(403, JsonSerializer.Serialize(new { message = "403 Forbidden for token " + r.Header("JOB-TOKEN") })));

        Assert.Equal(0, await Publish(Options(Env(jobTokenOnly: true))));

        var request = Assert.Single(_server.Requests); // 403 is not retried
        Assert.Equal(_token, request.Header("JOB-TOKEN"));
        Assert.Equal("", request.Header("PRIVATE-TOKEN"));
        var log = _log.ToString();
        Assert.Contains($"merge request note: not posted — GitLab refused the token (403 on GET {NotesPath}). CI_JOB_TOKEN cannot write merge request notes: set COMPLIANCE_GITLAB_TOKEN", log);
        Assert.True(File.Exists(Path.Combine(_dir, "gl-sast-report.json")));
        Assert.Empty(_notes);
        AssertTokenNowhere();
    }

    [Fact]
    public async Task Private_token_refused_with_401_names_the_scope_it_needs()
    {
        WriteResults(_dir);
        _server.On("GET", NotesPath, _ => new Reply(401, """{"message":"401 Unauthorized"}"""));
        Assert.Equal(0, await Publish());
        Assert.Contains("GitLab refused the token (401 on GET", _log.ToString());
        Assert.Contains("needs the api scope", _log.ToString());
        AssertTokenNowhere();
    }

    [Fact]
    public async Task Notes_are_paged_until_the_marked_note_is_found_on_a_later_page()
    {
        WriteResults(_dir);
        var page1 = Enumerable.Range(1, 100).Select(i => new { id = i, body = $"review comment {i}", system = i % 10 == 0 });
        var page2 = new object[]
        {
            new { id = 200, body = "<!-- compliance-report --> mentioned by a system note", system = true },
            new { id = 777, body = "<!-- compliance-report -->\nold", system = false },
        };
        _server.On("GET", NotesPath, r => r.Query.GetValueOrDefault("page") switch
        {
            "1" => new Reply(200, JsonSerializer.Serialize(page1), new Dictionary<string, string> { ["X-Next-Page"] = "2" }),
            "2" => new Reply(200, JsonSerializer.Serialize(page2), new Dictionary<string, string> { ["X-Next-Page"] = "" }),
            _ => new Reply(400, "{}"),
        });
        _server.On("PUT", NotesPath + "/777", _ => new Reply(200, """{"id": 777}"""));

        Assert.Equal(0, await Publish());

        Assert.Equal([$"GET {NotesPath}?page=1", $"GET {NotesPath}?page=2", $"PUT {NotesPath}/777"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}" + (r.Query.TryGetValue("page", out var p) ? $"?page={p}" : "")));
        Assert.DoesNotContain(_server.Requests, r => r.Method == "POST");
        Assert.Contains("updated on !7 (note 777)", _log.ToString());
    }

    [Fact]
    public async Task Without_pagination_headers_a_full_page_asks_for_the_next_one()
    {
        WriteResults(_dir);
        _server.On("GET", NotesPath, r => r.Query["page"] == "1"
            ? new Reply(200, JsonSerializer.Serialize(Enumerable.Range(1, 100).Select(i => new { id = i, body = "x", system = false })))
            : new Reply(200, "[]"));
        Assert.Equal(0, await Publish());
        Assert.Equal(["1", "2"], _server.Requests.Where(r => r.Method == "GET").Select(r => r.Query["page"]));
        Assert.Single(_server.Requests, r => r.Method == "POST");
    }

    [Theory]
    [InlineData("CI_PROJECT_ID", "project unknown")]
    [InlineData("COMPLIANCE_GITLAB_TOKEN", "no token")]
    [InlineData("CI_API_V4_URL", "GitLab API URL unknown")]
    public async Task A_merge_request_without_project_token_or_API_URL_is_an_unusable_invocation(string missing, string message)
    {
        WriteResults(_dir);
        var env = Env();
        env.Remove(missing);
        Assert.Equal(2, await Publish(Options(env)));
        Assert.Contains(message, _log.ToString());
        Assert.True(File.Exists(Path.Combine(_dir, "gl-sast-report.json"))); // written before the note was attempted
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Missing_results_json_exits_2()
    {
        Assert.Equal(2, await Publish());
        Assert.Contains("no results.json in", _log.ToString());
        Assert.Empty(_server.Requests);
    }
}

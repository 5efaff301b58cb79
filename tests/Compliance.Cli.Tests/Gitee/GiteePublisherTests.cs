namespace Compliance.Cli.Tests.Gitee;

using System.Text.Json;
using Compliance.Cli.Gitee;
using Compliance.Cli.GitHub;
using Compliance.Cli.Tests.Publishing;
using static Compliance.Cli.Tests.Publishing.FakeApiServer;
using static Compliance.Cli.Tests.Publishing.PublishingFixtures;

/// <summary>Runs <c>compliance gitee</c>'s publisher against a local fake of Gitee's open API v5.</summary>
public sealed class GiteePublisherTests : IDisposable
{
    private const string CommentsPath = "/api/v5/repos/acme/shop/pulls/7/comments";
    private const string CommentPath = "/api/v5/repos/acme/shop/pulls/comments/";

    private readonly FakeApiServer _server = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cmp-gitee-").FullName;
    private readonly string _token = Canary("gitee");
    private readonly List<TimeSpan> _delays = [];
    private readonly StringWriter _log = new();
    private readonly Dictionary<long, string> _comments = [];

    public GiteePublisherTests()
    {
        _server
            .On("GET", CommentsPath, _ => new Reply(200, JsonSerializer.Serialize(_comments.Select(c => new { id = c.Key, body = c.Value })),
                new Dictionary<string, string> { ["total_count"] = _comments.Count.ToString(), ["total_page"] = "1" }))
            .On("POST", CommentsPath, r =>
            {
                _comments[31] = (string)r.Json["body"]!;
                return new Reply(201, JsonSerializer.Serialize(new { id = 31, body = _comments[31] }));
            })
            .On("PATCH", CommentPath + "31", r =>
            {
                _comments[31] = (string)r.Json["body"]!;
                return new Reply(200, JsonSerializer.Serialize(new { id = 31, body = _comments[31] }));
            });
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private Dictionary<string, string> Env() => new()
    {
        ["GITEE_API_URL"] = _server.BaseUrl + "api/v5",
        ["GITEE_REPOSITORY"] = "acme/shop",
        ["GITEE_PULL_ID"] = "7",
        ["GITEE_TOKEN"] = _token,
    };

    private GiteePublishOptions Options(Dictionary<string, string>? env = null) =>
        GiteePublishOptions.FromEnvironment(k => (env ?? Env()).GetValueOrDefault(k)) with
        {
            Retry = new RetryPolicy { Delay = (d, _) => { lock (_delays) _delays.Add(d); return Task.CompletedTask; } },
        };

    private Task<int> Publish(GiteePublishOptions? options = null) => GiteePublisher.PublishAsync(options ?? Options(), _dir, _log, CancellationToken.None);

    private void AssertTokenNeverPrinted()
    {
        Assert.DoesNotContain(_token, _log.ToString());
        foreach (var (path, text) in Files(_dir)) Assert.False(text.Contains(_token, StringComparison.Ordinal), $"token in {path}");
        foreach (var c in _comments.Values) Assert.DoesNotContain(_token, c);
    }

    [Fact]
    public async Task Comment_is_created_on_the_first_run_and_updated_on_the_second()
    {
        WriteResults(_dir, report: "# 合规检查报告\n");

        Assert.Equal(0, await Publish());
        Assert.Equal(0, await Publish());

        var requests = _server.Requests;
        Assert.Equal([$"GET {CommentsPath}", $"POST {CommentsPath}", $"GET {CommentsPath}", $"PATCH {CommentPath}31"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        // Gitee takes access_token: in the query of the list, in the JSON body of writes (never in a write's URL).
        Assert.All(requests.Where(r => r.Method == "GET"), r => Assert.Equal(_token, r.Query["access_token"]));
        Assert.All(requests.Where(r => r.Method != "GET"), r =>
        {
            Assert.Equal(_token, (string)r.Json["access_token"]!);
            Assert.Equal("", r.RawQuery);
            Assert.StartsWith("application/json", r.Header("Content-Type"));
        });
        Assert.Equal(("1", "100"), (requests[0].Query["page"], requests[0].Query["per_page"]));

        var body = Assert.Single(_comments).Value;
        Assert.StartsWith("<!-- compliance-report -->\n**compliance** failed the gate", body);
        Assert.Contains("### New findings (1)", body);
        Assert.Contains("samples/src/Program.cs:12 | Hard-coded credential &lt;img src=x onerror=alert(1)&gt;", body);
        Assert.DoesNotContain(LowPrecisionFile, body);
        Assert.DoesNotContain(SuppressedFile, body);
        Assert.DoesNotContain(AbsentFile, body);
        Assert.Contains("# 合规检查报告", body);

        Assert.Contains("pull request comment: posted on !7", _log.ToString());
        Assert.Contains("pull request comment: updated on !7 (comment 31)", _log.ToString());
        AssertTokenNeverPrinted();
    }

    [Fact]
    public async Task Retries_through_500_502_and_429_then_succeeds_without_logging_the_token_bearing_url()
    {
        WriteResults(_dir);
        _server.Once("GET", CommentsPath, new Reply(500, """{"message":"error"}"""))
               .Once("GET", CommentsPath, new Reply(502, "bad gateway"))
               .Once("GET", CommentsPath, new Reply(429, """{"message":"rate limited"}""", new Dictionary<string, string> { ["Retry-After"] = "5" }));

        Assert.Equal(0, await Publish());

        Assert.Equal(4, _server.Requests.Count(r => r.Method == "GET"));
        Assert.Single(_server.Requests, r => r.Method == "POST");
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)], _delays);
        var log = _log.ToString();
        Assert.Contains($"Gitee answered 429 on GET {CommentsPath}; retrying in 5 s", log);
        Assert.DoesNotContain("access_token", log);
        AssertTokenNeverPrinted();
    }

    [Fact]
    public async Task A_refused_token_degrades_with_a_clear_message_and_exit_0()
    {
        WriteResults(_dir);
        // Gitee echoing the request's URL (with the token) in its error must not leak it.
        _server.On("GET", CommentsPath, r => new Reply(403, JsonSerializer.Serialize(new { message = "Forbidden " + r.Path + r.RawQuery })));

        Assert.Equal(0, await Publish());

        Assert.Single(_server.Requests);
        var log = _log.ToString();
        Assert.Contains($"pull request comment: not posted — Gitee refused the token (403 on GET {CommentsPath}). The token needs the pull_requests scope", log);
        Assert.Empty(_comments);
        AssertTokenNeverPrinted();
    }

    [Fact]
    public async Task A_Gitee_that_stays_unavailable_is_reported_without_the_token_it_echoes()
    {
        WriteResults(_dir);
        _server.On("GET", CommentsPath, r => new Reply(502, "upstream failed for " + r.Path + r.RawQuery));
        Assert.Equal(0, await Publish());
        Assert.Equal(4, _server.Requests.Count);
        Assert.Contains($"pull request comment: not posted — Gitee answered 502 on GET {CommentsPath}: upstream failed for {CommentsPath}?access_token=***&page=1", _log.ToString());
        AssertTokenNeverPrinted();
    }

    [Fact]
    public async Task Comments_are_paged_by_total_page_until_the_marked_one_is_found()
    {
        WriteResults(_dir);
        _server.On("GET", CommentsPath, r => r.Query["page"] switch
        {
            "1" => new Reply(200, JsonSerializer.Serialize(Enumerable.Range(1, 100).Select(i => new { id = i, body = "nice" })), new Dictionary<string, string> { ["total_page"] = "3" }),
            "2" => new Reply(200, JsonSerializer.Serialize(new[] { new { id = 31, body = "<!-- compliance-report -->\nold" } }), new Dictionary<string, string> { ["total_page"] = "3" }),
            _ => new Reply(500, "{}"),
        });
        Assert.Equal(0, await Publish());
        Assert.Equal(["GET 1", "GET 2", "PATCH "], _server.Requests.Select(r => $"{r.Method} {r.Query.GetValueOrDefault("page")}"));
        Assert.Contains("updated on !7 (comment 31)", _log.ToString());
    }

    [Fact]
    public void Token_from_COMPLIANCE_GITEE_TOKEN_wins_and_repository_falls_back_to_GITEE_REPO()
    {
        var env = Env();
        env.Remove("GITEE_REPOSITORY");
        env["GITEE_REPO"] = "acme/shop";
        env["COMPLIANCE_GITEE_TOKEN"] = "other";
        var o = GiteePublishOptions.FromEnvironment(k => env.GetValueOrDefault(k));
        Assert.Equal(("acme", "shop", 7, "other"), (o.Owner, o.Repository, o.PullRequestNumber, o.Token));
        Assert.DoesNotContain("other", o.ToString());
        Assert.Equal("https://gitee.com/api/v5", GiteePublishOptions.FromEnvironment(_ => null).ApiUrl);
    }

    [Fact]
    public async Task Without_a_pull_request_nothing_is_posted_and_the_run_succeeds()
    {
        WriteResults(_dir);
        var env = Env();
        env.Remove("GITEE_PULL_ID");
        Assert.Equal(0, await Publish(Options(env)));
        Assert.Contains("pull request comment: not posted (not a pull request pipeline", _log.ToString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Without_a_token_the_invocation_is_unusable()
    {
        WriteResults(_dir);
        var env = Env();
        env.Remove("GITEE_TOKEN");
        Assert.Equal(2, await Publish(Options(env)));
        Assert.Contains("no token: set COMPLIANCE_GITEE_TOKEN", _log.ToString());
        Assert.Empty(_server.Requests);
    }
}

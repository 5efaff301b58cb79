namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Cli.Tests.Publishing;
using static Compliance.Cli.Tests.Publishing.FakeApiServer;

/// <summary>
/// <c>compliance gitlab</c> and <c>compliance gitee</c> as CI runs them: a separate process, the
/// platform's variables, a fake API on 127.0.0.1 — and a token canary that must appear in no
/// output (stdout, stderr, files).
/// </summary>
public sealed class PublishCommandsTests : IDisposable
{
    private readonly FakeApiServer _server = new();

    public void Dispose() => _server.Dispose();

    private static void AssertNowhere(string token, CliRunner.Run run, string dir)
    {
        Assert.DoesNotContain(token, run.Stdout);
        Assert.DoesNotContain(token, run.Stderr);
        foreach (var (path, text) in PublishingFixtures.Files(dir)) Assert.False(text.Contains(token, StringComparison.Ordinal), $"token in {path}");
    }

    [Fact]
    public void Gitlab_after_a_real_scan_writes_the_reports_and_posts_one_note()
    {
        var root = CliRunner.TempDir("gitlab-e2e");
        Directory.CreateDirectory(Path.Combine(root, "etc", "ssh"));
        File.WriteAllText(Path.Combine(root, "etc", "ssh", "sshd_config"), "Port 22\nPasswordAuthentication yes\nPermitRootLogin no\n");
        var scan = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json,md", "--fail-on", "none", "--lang", "en");
        Assert.True(scan.ExitCode == 0, scan.Stderr);

        const string notes = "/api/v4/projects/group%2Fshop/merge_requests/3/notes";
        _server.On("GET", "/api/v4/projects/group%2Fshop/merge_requests/3/notes", _ => new Reply(200, "[]"))
               .On("POST", "/api/v4/projects/group%2Fshop/merge_requests/3/notes", r => new Reply(201, JsonSerializer.Serialize(new { id = 5, body = (string)r.Json["body"]! })));
        var token = PublishingFixtures.Canary("glpat-");
        var run = CliRunner.Invoke(root, new Dictionary<string, string>
        {
            ["CI_API_V4_URL"] = _server.BaseUrl + "api/v4", ["CI_PROJECT_ID"] = "group/shop", ["CI_MERGE_REQUEST_IID"] = "3",
            ["COMPLIANCE_GITLAB_TOKEN"] = token, ["CI_JOB_TOKEN"] = "job-" + token,
        }, "gitlab", "--results", "out");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("merge request note: posted on !3", run.Stderr);
        Assert.Equal(["GET", "POST"], _server.Requests.Select(r => r.Method));
        Assert.All(_server.Requests, r => Assert.Equal(token, r.Header("PRIVATE-TOKEN")));
        Assert.Contains(notes, _server.Requests[0].Path, StringComparison.OrdinalIgnoreCase);
        var body = (string)_server.Requests[1].Json["body"]!;
        Assert.Contains("CMP5201", body);
        Assert.Contains("etc/ssh/sshd\\_config:", body); // escaped Markdown

        var sast = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "out", "gl-sast-report.json")))!;
        Assert.Contains(sast["vulnerabilities"]!.AsArray(), v => (string)v!["identifiers"]![0]!["value"]! == "CMP5201"
            && (string)v["location"]!["file"]! == "etc/ssh/sshd_config" && (string)v["severity"]! == "High");
        var quality = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "out", "gl-code-quality-report.json")))!.AsArray();
        Assert.Contains(quality, q => (string)q!["check_name"]! == "CMP5201" && (string)q["location"]!["path"]! == "etc/ssh/sshd_config");
        AssertNowhere(token, run, root);
        AssertNowhere("job-" + token, run, root);
    }

    [Fact]
    public void Gitlab_with_the_job_token_refused_exits_0_and_says_why()
    {
        var dir = CliRunner.TempDir("gitlab-403");
        PublishingFixtures.WriteResults(dir);
        _server.On("GET", "/api/v4/projects/42/merge_requests/7/notes", _ => new Reply(403, """{"message":"403 Forbidden"}"""));
        var token = PublishingFixtures.Canary("job-");
        var run = CliRunner.Invoke(dir, new Dictionary<string, string>
        {
            ["CI_API_V4_URL"] = _server.BaseUrl + "api/v4", ["CI_PROJECT_ID"] = "42", ["CI_MERGE_REQUEST_IID"] = "7", ["CI_JOB_TOKEN"] = token,
        }, "gitlab", "--results", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("merge request note: not posted — GitLab refused the token (403", run.Stderr);
        Assert.Contains("CI_JOB_TOKEN cannot write merge request notes", run.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "gl-sast-report.json")));
        AssertNowhere(token, run, dir);
    }

    [Fact]
    public void Gitee_with_the_token_refused_exits_0_and_never_prints_the_token()
    {
        var dir = CliRunner.TempDir("gitee-403");
        PublishingFixtures.WriteResults(dir);
        _server.On("GET", "/api/v5/repos/acme/shop/pulls/7/comments", r => new Reply(403, JsonSerializer.Serialize(new { message = "bad token in " + r.RawQuery })));
        var token = PublishingFixtures.Canary("gitee");
        var run = CliRunner.Invoke(dir, new Dictionary<string, string>
        {
            ["GITEE_API_URL"] = _server.BaseUrl + "api/v5", ["GITEE_TOKEN"] = token,
        }, "gitee", "--results", ".", "--repository", "acme/shop", "--pull-request", "7");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pull request comment: not posted — Gitee refused the token (403", run.Stderr);
        Assert.Equal(token, Assert.Single(_server.Requests).Query["access_token"]);
        AssertNowhere(token, run, dir);
    }

    [Fact]
    public void Gitlab_and_gitee_without_results_json_exit_2()
    {
        var dir = CliRunner.TempDir("publish-none");
        var gitlab = CliRunner.Invoke(dir, "gitlab", "--results", "missing");
        Assert.Equal(2, gitlab.ExitCode);
        Assert.Contains("no results.json in missing", gitlab.Stderr);
        var gitee = CliRunner.Invoke(dir, "gitee", "--results", "missing");
        Assert.Equal(2, gitee.ExitCode);
        Assert.Contains("no results.json in missing", gitee.Stderr);
    }
}

namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// Scans of folders inside git repositories: SARIF for code scanning (repository-relative paths,
/// versionControlProvenance) and pull-request scans (--changed-since).
/// </summary>
public sealed class GitRepositoryScanTests
{
    private static readonly string[] Quiet = ["--fail-on", "none", "--as-of", "2026-11-01"];

    private static JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllText(path));

    private static List<(string RuleId, string File, int Line, bool? ChangedLine)> Findings(JsonDocument results) =>
        results.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("startLine").GetInt32(),
                f.TryGetProperty("changedLine", out var c) ? c.GetBoolean() : (bool?)null))
            .ToList();

    /// <summary>A repository on branch feature/pr-42 with a secret in services/crm/ and a remote whose URL carries a (canary) CI token.</summary>
    private static TempGitRepo SubfolderRepo(out string password, out string token, out string head)
    {
        var repo = new TempGitRepo("feature/pr-42");
        password = TempGitRepo.NewPassword();
        repo.Write("services/crm/appsettings.json", TempGitRepo.AppSettings(password));
        repo.Write("README.md", "# repo\n");
        head = repo.Commit("first");
        // CI remotes carry a token as user-info (GitLab's gitlab-ci-token:$CI_JOB_TOKEN@…).
        token = "CANARY" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        repo.Git("remote", "add", "origin", $"https://gitlab-ci-token:{token}@git.example.com/grp/crm.git");
        return repo;
    }

    // Two committed appsettings.json files with a password, and a .gitignore whose patterns match both.
    private static TempGitRepo CommittedFilesThatGitignoreMatches()
    {
        var repo = new TempGitRepo();
        var committed = TempGitRepo.NewPassword();
        repo.Write("src/Api/appsettings.json", TempGitRepo.AppSettings(committed));
        repo.Write("config/prod/appsettings.json", TempGitRepo.AppSettings(committed));
        repo.Git("add", "src/Api/appsettings.json", "config/prod/appsettings.json");
        repo.Write(".gitignore", "*.json\nconfig/\n");
        repo.Commit("first");
        return repo;
    }

    [Fact]
    public void A_committed_file_that_gitignore_matches_is_scanned_and_an_untracked_one_is_not()
    {
        // Yi commits appsettings.json beside a `*.json` rule: git ignores patterns for tracked files, and so must the scan.
        using var repo = CommittedFilesThatGitignoreMatches();
        var untracked = TempGitRepo.NewPassword();
        repo.Write("src/Api/appsettings.Local.json", TempGitRepo.AppSettings(untracked));   // ignored and never committed
        repo.Write("config/dev/appsettings.json", TempGitRepo.AppSettings(untracked));      // in an ignored folder, untracked

        var output = repo.Outside("out");
        var run = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", output, "--format", "json", .. Quiet]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var results = Json(Path.Combine(output, "results.json"));
        Assert.Equal(
            [("CMP1005", "config/prod/appsettings.json", 1), ("CMP1005", "src/Api/appsettings.json", 1)],
            Findings(results).Select(f => (f.RuleId, f.File, f.Line)).OrderBy(f => f.File, StringComparer.Ordinal).ToList());

        // Outside git the patterns alone decide (the same tree exported without .git).
        Directory.Delete(Path.Combine(repo.Root, ".git"), true);
        var plain = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", repo.Outside("out-plain"), "--format", "json", .. Quiet]);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        using var plainResults = Json(Path.Combine(repo.Outside("out-plain"), "results.json"));
        Assert.Empty(Findings(plainResults));
    }

    [Fact]
    public void When_git_cannot_list_the_committed_files_the_scan_says_so_once_instead_of_silently()
    {
        using var repo = CommittedFilesThatGitignoreMatches();
        File.WriteAllText(Path.Combine(repo.Root, ".git", "index"), "not an index"); // git ls-files: fatal, exit 128

        static List<string> GitNotices(JsonDocument results) => results.RootElement.GetProperty("notices").EnumerateArray()
            .Where(n => n.GetProperty("code").GetString() == "git-unavailable")
            .Select(n => n.GetProperty("messages").GetProperty("en").GetString()!).ToList();

        var output = repo.Outside("out");
        var run = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", output, "--format", "json", .. Quiet]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var results = Json(Path.Combine(output, "results.json"));
        Assert.Empty(Findings(results)); // the patterns applied to the committed files too: what the notice warns about
        Assert.Equal(
            ["Could not ask git which files are committed (git ls-files failed with exit code 128): .gitignore patterns were applied to every file, so committed files that match one were not scanned."],
            GitNotices(results));

        // Outside any repository nothing is committed: the patterns decide as git would, and there is nothing to say.
        Directory.Delete(Path.Combine(repo.Root, ".git"), true);
        var plain = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", repo.Outside("out-plain"), "--format", "json", .. Quiet]);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        using var plainResults = Json(Path.Combine(repo.Outside("out-plain"), "results.json"));
        Assert.Empty(GitNotices(plainResults));
    }

    [Fact]
    public void Sarif_of_a_subfolder_scan_is_repository_relative_names_the_repository_without_the_remote_token_and_is_byte_identical()
    {
        using var repo = SubfolderRepo(out var password, out var token, out var head);

        var out1 = repo.Outside("out1");
        var out2 = repo.Outside("out2");
        var first = CliRunner.Invoke(repo.Root, ["scan", "services/crm", "--output", out1, "--format", "sarif,json,console", .. Quiet]);
        var second = CliRunner.Invoke(repo.Root, ["scan", "services/crm", "--output", out2, "--format", "sarif,json", .. Quiet]);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);

        var sarifText = File.ReadAllText(Path.Combine(out1, "results.sarif"));
        Assert.Equal(sarifText, File.ReadAllText(Path.Combine(out2, "results.sarif")));
        using var sarif = JsonDocument.Parse(sarifText);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("CMP1005", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("services/crm/appsettings.json", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
        var vcp = Assert.Single(run.GetProperty("versionControlProvenance").EnumerateArray());
        Assert.Equal("https://git.example.com/grp/crm.git", vcp.GetProperty("repositoryUri").GetString());
        Assert.Equal(head, vcp.GetProperty("revisionId").GetString());
        Assert.Equal("feature/pr-42", vcp.GetProperty("branch").GetString());
        Assert.Equal("%SRCROOT%", vcp.GetProperty("mappedTo").GetProperty("uriBaseId").GetString());
        Assert.False(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").TryGetProperty("uri", out _));

        // results.json stays scan-root-relative (baselines and fingerprints do not move).
        using var results = Json(Path.Combine(out1, "results.json"));
        Assert.Equal("appsettings.json", Assert.Single(Findings(results)).File);
        Assert.Equal("services/crm", results.RootElement.GetProperty("scan").GetProperty("repository").GetProperty("pathInRepository").GetString());

        // Neither the token, the secret nor the machine's path of the repository reaches any output.
        foreach (var text in new[] { sarifText, File.ReadAllText(Path.Combine(out1, "results.json")), first.Stdout, first.Stderr })
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(repo.Root, sarifText, StringComparison.Ordinal);
    }

    [SarifMultitoolFact]
    public void Sarif_of_a_subfolder_scan_validates_with_the_sarif_multitool()
    {
        using var repo = SubfolderRepo(out _, out _, out _);
        var output = repo.Outside("out");
        var run = CliRunner.Invoke(repo.Root, ["scan", "services/crm", "--output", output, "--format", "sarif", .. Quiet]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("versionControlProvenance", File.ReadAllText(Path.Combine(output, "results.sarif")));

        var tool = SarifValidator.Locate();
        Assert.True(tool is not null, "CI must install @microsoft/sarif-multitool (scripts/test.sh)");
        var (ok, text) = SarifValidator.Validate(tool, Path.Combine(output, "results.sarif"));
        Assert.True(ok, text);
    }

    [Theory]
    [InlineData("https://gitlab-ci-token:SECRET@git.example.com/grp/p.git", "https://git.example.com/grp/p.git")]
    [InlineData("https://x-access-token:SECRET@github.com/o/r?token=SECRET#SECRET", "https://github.com/o/r")]
    [InlineData("ssh://git@git.example.com:2222/grp/p.git", "ssh://git.example.com:2222/grp/p.git")]
    [InlineData("git@gitee.com:org/repo.git", "ssh://gitee.com/org/repo.git")]
    [InlineData("/srv/git/repo.git", null)]
    [InlineData("file:///srv/git/repo.git", null)]
    public void Remote_urls_lose_user_info_and_local_paths_are_not_published(string remote, string? expected) =>
        Assert.Equal(expected, Compliance.Cli.Scanning.Git.SanitizeRemote(remote));

    /// <summary>main: Old.cs with MD5 on line 4 and a secret in appsettings.json; feature: Old.cs gains SHA-1 (line 5), New.cs is added.</summary>
    private static TempGitRepo TwoCommits(out string mainPassword)
    {
        var repo = new TempGitRepo();
        mainPassword = TempGitRepo.NewPassword();
        repo.Write("app/appsettings.json", TempGitRepo.AppSettings(mainPassword));
        repo.Write("app/Old.cs", """
            using System.Security.Cryptography;
            public static class Old
            {
                public static byte[] Md5(byte[] b) { using var m = MD5.Create(); return m.ComputeHash(b); }
            }
            """);
        repo.Commit("base");
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("app/Old.cs", """
            using System.Security.Cryptography;
            public static class Old
            {
                public static byte[] Md5(byte[] b) { using var m = MD5.Create(); return m.ComputeHash(b); }
                public static byte[] Sha1(byte[] b) { using var s = SHA1.Create(); return s.ComputeHash(b); }
            }
            """);
        repo.Write("app/New.cs", """
            using System.Security.Cryptography;
            public static class New
            {
                public static byte[] Md5(byte[] b) { using var m = MD5.Create(); return m.ComputeHash(b); }
            }
            """);
        repo.Commit("feature");
        return repo;
    }

    [Fact]
    public void Changed_since_reports_and_gates_only_changed_files_marks_changed_lines_and_does_not_judge_claims()
    {
        using var repo = TwoCommits(out _);
        var full = repo.Outside("full");
        var pr = repo.Outside("pr");

        var fullRun = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", full, "--format", "json", "--untrusted", .. Quiet]);
        var prRun = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", pr, "--format", "json,html", "--untrusted", "--changed-since", "main", "--fail-on", "high", "--as-of", "2026-11-01"]);

        Assert.True(fullRun.ExitCode == 0, fullRun.Stderr);
        using var fullResults = Json(Path.Combine(full, "results.json"));
        // The full scan sees the unchanged appsettings.json secret: the pull-request scan leaves it out on purpose.
        Assert.Contains(Findings(fullResults), f => f.File == "app/appsettings.json" && f.RuleId == "CMP1005");
        Assert.All(Findings(fullResults), f => Assert.Null(f.ChangedLine));

        Assert.True(prRun.ExitCode == 1, $"high findings in changed files gate the pull request\n{prRun.Stderr}");
        using var results = Json(Path.Combine(pr, "results.json"));
        Assert.Equal(
            [("CMP2001", "app/New.cs", 4, true), ("CMP2001", "app/Old.cs", 4, false), ("CMP2001", "app/Old.cs", 5, true)],
            Findings(results));
        var changedSince = results.RootElement.GetProperty("scan").GetProperty("changedSince");
        Assert.Equal("main", changedSince.GetProperty("ref").GetString());
        Assert.Equal(repo.Git("rev-parse", "main"), changedSince.GetProperty("mergeBase").GetString());
        Assert.Equal(["app/New.cs", "app/Old.cs"], changedSince.GetProperty("files").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal(0, results.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Contains(results.RootElement.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "claims-not-judged");
        Assert.Contains("--changed-since", File.ReadAllText(Path.Combine(pr, "report.html")));
    }

    [Fact]
    public void Changed_since_with_a_baseline_marks_absent_only_entries_in_changed_files()
    {
        using var repo = TwoCommits(out _);
        repo.Git("checkout", "-q", "main");
        var baseline = repo.Outside("baseline.json");
        var create = CliRunner.Invoke(repo.Root, ["baseline", "create", ".", "--output", baseline, "--untrusted"]);
        Assert.True(create.ExitCode == 0, create.Stderr);
        repo.Git("checkout", "-q", "feature");
        // The feature branch also fixes Old.cs's MD5; the appsettings.json secret is untouched (and not looked at).
        repo.Write("app/Old.cs", """
            using System.Security.Cryptography;
            public static class Old
            {
                public static byte[] Sha256(byte[] b) => SHA256.HashData(b);
            }
            """);
        repo.Commit("fix md5");

        var pr = repo.Outside("pr");
        var run = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", pr, "--format", "json", "--untrusted", "--changed-since", "main", "--baseline", baseline, .. Quiet]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var results = Json(Path.Combine(pr, "results.json"));
        var states = results.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("file").GetString()!, f.GetProperty("ruleId").GetString()!, f.GetProperty("baselineState").GetString()!)).ToList();
        Assert.Equal([("app/New.cs", "CMP2001", "new"), ("app/Old.cs", "CMP2001", "absent")], states);
        Assert.Equal(1, results.RootElement.GetProperty("summary").GetProperty("absent").GetInt32());
    }

    [Fact]
    public void Changed_since_a_ref_missing_from_a_shallow_clone_falls_back_to_a_full_scan_with_a_notice()
    {
        using var origin = TwoCommits(out _);
        var clone = CliRunner.TempDir("shallow");
        try
        {
            // What CI checkouts look like: one commit of the pull request's branch, no main.
            var r = Compliance.Cli.Tests.Packaging.DotNet.RunProgram("git", clone, null, TimeSpan.FromMinutes(1),
                "-c", "safe.directory=*", "clone", "-q", "--depth", "1", "--branch", "feature", "file://" + origin.Root, "work");
            Assert.True(r.ExitCode == 0, r.ToString());
            var work = Path.Combine(clone, "work");
            var output = Path.Combine(clone, "out");
            var run = CliRunner.Invoke(work, ["scan", ".", "--output", output, "--format", "json", "--untrusted", "--changed-since", "origin/main", .. Quiet]);

            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Contains("shallow clone", run.Stderr);
            using var results = Json(Path.Combine(output, "results.json"));
            Assert.False(results.RootElement.GetProperty("scan").TryGetProperty("changedSince", out _));
            Assert.Contains(results.RootElement.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "changed-since-fallback");
            // Everything was scanned and judged: the unchanged secret is there and claims have verdicts.
            Assert.Contains(Findings(results), f => f.File == "app/appsettings.json");
            Assert.NotEqual(0, results.RootElement.GetProperty("claims").GetArrayLength());
        }
        finally
        {
            try { Directory.Delete(clone, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public void Changed_since_outside_a_git_repository_or_with_an_option_as_ref_exits_2()
    {
        var dir = CliRunner.TempDir("no-git");
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.env"), "X=1\n");
            var run = CliRunner.Invoke(dir, ["scan", ".", "--output", Path.Combine(dir, "out"), "--changed-since", "main", .. Quiet]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("git repository", run.Stderr);
        }
        finally { Directory.Delete(dir, true); }

        using var repo = new TempGitRepo();
        repo.Write("a.env", "X=1\n");
        repo.Commit("one");
        var bad = CliRunner.Invoke(repo.Root, ["scan", ".", "--output", Path.Combine(repo.Root, "out"), "--changed-since=--output=x", .. Quiet]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("is not a git ref", bad.Stderr);
    }
}

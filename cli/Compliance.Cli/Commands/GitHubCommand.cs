namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.GitHub;

/// <summary>compliance github: publish a scan's results (check run, PR comment, code scanning).</summary>
internal static class GitHubCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var results = new Option<string>("--results") { Description = "Folder written by 'compliance scan'.", DefaultValueFactory = _ => "out" };
        var apiUrl = new Option<string?>("--api-url") { Description = "GitHub API base URL (default: GITHUB_API_URL, else https://api.github.com)." };
        var repo = new Option<string?>("--repository") { Description = "owner/name (default: GITHUB_REPOSITORY)." };
        var sha = new Option<string?>("--sha") { Description = "Commit SHA (default: the PR head SHA, else GITHUB_SHA)." };
        var gitRef = new Option<string?>("--ref") { Description = "Git ref (default: GITHUB_REF)." };
        var failOn = new Option<string[]>("--fail-on") { Description = "Gate for the check run's conclusion, as for 'scan' (default: COMPLIANCE_FAIL_ON, else high)." };
        var cmd = new Command("github", "Publish results to GitHub: check run with annotations, one PR comment (updated on re-runs), code-scanning SARIF upload. Token from GITHUB_TOKEN.")
        {
            results, apiUrl, repo, sha, gitRef, failOn,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(results)!;
            if (!File.Exists(Path.Combine(dir, "results.json"))) { stderr.WriteLine($"error: no results.json in {dir}: run 'compliance scan --format json,sarif,md' first"); return ExitCodes.Usage; }
            var options = GitHubPublishOptions.FromEnvironment(parse.GetValue(apiUrl), parse.GetValue(repo), parse.GetValue(sha), parse.GetValue(gitRef));
            if (parse.GetValue(failOn) is { Length: > 0 } gate) options = options with { FailOn = gate };
            return await GitHubPublisher.PublishAsync(options, dir, stderr, ct);
        });
        return cmd;
    }
}

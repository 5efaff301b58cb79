namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.Gitee;

/// <summary>compliance gitee: one pull-request comment through Gitee's open API v5.</summary>
internal static class GiteeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var results = new Option<string>("--results") { Description = "Folder written by 'compliance scan'.", DefaultValueFactory = _ => "out" };
        var apiUrl = new Option<string?>("--api-url") { Description = "Gitee API base URL (default: GITEE_API_URL, else https://gitee.com/api/v5)." };
        var repo = new Option<string?>("--repository") { Description = "owner/name (default: GITEE_REPOSITORY, else GITEE_REPO when it is owner/name)." };
        var pr = new Option<int?>("--pull-request") { Description = "Pull request number (default: GITEE_PULL_ID; without one no comment is posted)." };
        var failOn = new Option<string[]>("--fail-on") { Description = "Gate shown in the comment, as for 'scan' (default: COMPLIANCE_FAIL_ON, else high)." };
        var cmd = new Command("gitee", "Keep one Gitee pull-request comment with the summary and new findings (updated on re-runs). Token from COMPLIANCE_GITEE_TOKEN, else GITEE_TOKEN.")
        {
            results, apiUrl, repo, pr, failOn,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var options = GiteePublishOptions.FromEnvironment(Environment.GetEnvironmentVariable, parse.GetValue(apiUrl), parse.GetValue(repo), parse.GetValue(pr));
            if (parse.GetValue(failOn) is { Length: > 0 } gate) options = options with { FailOn = gate };
            return await GiteePublisher.PublishAsync(options, parse.GetValue(results)!, stderr, ct);
        });
        return cmd;
    }
}

namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.GitLab;

/// <summary>compliance gitlab: GitLab SAST / Code Quality reports and one merge-request note.</summary>
internal static class GitLabCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var results = new Option<string>("--results") { Description = "Folder written by 'compliance scan'; the GitLab reports are written there too.", DefaultValueFactory = _ => "out" };
        var apiUrl = new Option<string?>("--api-url") { Description = "GitLab API base URL (default: CI_API_V4_URL)." };
        var project = new Option<string?>("--project") { Description = "Project id or path (default: CI_PROJECT_ID)." };
        var mr = new Option<int?>("--merge-request") { Description = "Merge request IID (default: CI_MERGE_REQUEST_IID; without one no note is posted)." };
        var failOn = new Option<string[]>("--fail-on") { Description = "Gate shown in the note, as for 'scan' (default: COMPLIANCE_FAIL_ON, else high)." };
        var cmd = new Command("gitlab", "Write gl-sast-report.json and gl-code-quality-report.json, and keep one merge-request note with the summary and new findings (updated on re-runs). Token from COMPLIANCE_GITLAB_TOKEN, else CI_JOB_TOKEN.")
        {
            results, apiUrl, project, mr, failOn,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var options = GitLabPublishOptions.FromEnvironment(Environment.GetEnvironmentVariable, parse.GetValue(apiUrl), parse.GetValue(project), parse.GetValue(mr));
            if (parse.GetValue(failOn) is { Length: > 0 } gate) options = options with { FailOn = gate };
            return await GitLabPublisher.PublishAsync(options, parse.GetValue(results)!, stderr, ct);
        });
        return cmd;
    }
}

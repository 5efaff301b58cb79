namespace Compliance.Cli;

using System.CommandLine;
using System.CommandLine.Parsing;
using Compliance.Cli.Commands;

/// <summary>The command tree. Parse errors exit 2 with a one-line reason (DECISIONS.md).</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("compliance — checks a security whitepaper's promises against the code and deployment files that ship.")
        {
            ScanCommand.Create(stdout, stderr),
            ReportCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
            ClaimsCommand.Create(stdout, stderr),
            BaselineCommand.Create(stdout, stderr),
            GitHubCommand.Create(stdout, stderr),
            InitCommand.Create(stdout, stderr),
            GitLabCommand.Create(stdout, stderr),
            GiteeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"error: {parse.Errors[0].Message} (see 'compliance --help')");
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}

/// <summary>An unusable invocation: bad option value, missing PATH, invalid compliance.yaml, broken catalog, unreadable baseline.</summary>
public sealed class UsageException(string message) : Exception(message);

namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using Compliance.Cli.Tests.Packaging;

/// <summary>A throwaway git repository for scans that depend on git (SARIF provenance, --changed-since).</summary>
public sealed class TempGitRepo : IDisposable
{
    public string Root { get; }

    public TempGitRepo(string branch = "main")
    {
        Root = CliRunner.TempDir("git-repo");
        Git("init", "-q", "-b", branch);
        Git("config", "user.email", "dev@example.com");
        Git("config", "user.name", "Dev");
        Git("config", "commit.gpgsign", "false");
    }

    public string Git(params string[] args)
    {
        var r = DotNet.RunProgram("git", Root, new Dictionary<string, string> { ["GIT_TERMINAL_PROMPT"] = "0" }, TimeSpan.FromMinutes(1),
            ["-c", "safe.directory=*", .. args]);
        Assert.True(r.ExitCode == 0, $"git {string.Join(' ', args)} failed:\n{r}");
        return r.Output.Trim();
    }

    /// <summary>A folder outside the repository (scan outputs, baselines), removed with it.</summary>
    public string Outside(string name) => Path.Combine(Directory.CreateDirectory(Root + "-outside").FullName, name);

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD");
    }

    /// <summary>A connection-string password generated per run (never a committed literal).</summary>
    public static string NewPassword() =>
        "Cx" + new string(Enumerable.Range(0, 18).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[RandomNumberGenerator.GetInt32(57)]).ToArray()) + "!9";

    public static string AppSettings(string password) =>
        $$"""{ "ConnectionStrings": { "Reports": "Server=tcp:sql.internal;Database=reports;User Id=rpt;Password={{password}};" } }""";

    public void Dispose()
    {
        foreach (var dir in new[] { Root, Root + "-outside" })
            try { if (Directory.Exists(dir)) Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

namespace Compliance.Cli.Scanning;

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Model;

/// <summary>
/// Read-only questions to the git command line about the repository holding a scan root. Every
/// call passes <c>-c safe.directory=*</c> (containers often own the checkout as another user) and
/// answers null when git is missing or the folder is not in a repository: git is optional.
/// </summary>
public static partial class Git
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Where <paramref name="scanRoot"/> sits in its repository, or null outside git.</summary>
    public static RepositoryInfo? Describe(string scanRoot)
    {
        // --show-prefix answers relative to the top level, so symlinked temp folders do not matter.
        var prefix = Run(scanRoot, "rev-parse", "--show-prefix");
        if (prefix is null) return null;
        var info = new RepositoryInfo { PathInRepository = prefix.Trim().TrimEnd('/') };
        info.Revision = Run(scanRoot, "rev-parse", "--verify", "-q", "HEAD")?.Trim() is { Length: > 0 } rev ? rev : null;
        info.Branch = Run(scanRoot, "symbolic-ref", "--short", "-q", "HEAD")?.Trim() is { Length: > 0 } branch ? branch : CiBranch();
        var remotes = (Run(scanRoot, "remote") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Order(StringComparer.Ordinal).ToList();
        var remote = remotes.Contains("origin") ? "origin" : remotes.FirstOrDefault();
        if (remote is not null) info.Uri = SanitizeRemote(Run(scanRoot, "config", "--get", $"remote.{remote}.url")?.Trim());
        return info;
    }

    /// <summary>
    /// The files git tracks under <paramref name="scanRoot"/> (paths relative to it, '/'-separated) and every folder that
    /// holds one, or null outside git. .gitignore only applies to untracked files: a committed file that matches a
    /// pattern (Yi commits appsettings.json beside a `*.json` rule) still ships, so the inventory must not drop it.
    /// <paramref name="failure"/> says why git could not answer when that matters: git missing, timed out or failing
    /// inside a repository. A folder outside any repository has nothing committed, so .gitignore applies to all of it as
    /// git would: no failure then.
    /// </summary>
    public static (HashSet<string> Files, HashSet<string> Folders)? Tracked(string scanRoot, out string? failure)
    {
        failure = null;
        var (exitCode, listing, stderr) = RunFull(scanRoot, "ls-files", "-z", "--cached");
        if (exitCode != 0)
        {
            // Fixed words, never git's own text: that names absolute paths of the machine (results.json stays portable).
            if (stderr.StartsWith("git is not installed", StringComparison.Ordinal)) failure = "git was not found";
            else if (stderr == "git timed out") failure = "git timed out";
            else if (!stderr.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)) failure = $"git ls-files failed with exit code {exitCode}";
            return null;
        }
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            files.Add(path);
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                if (!folders.Add(path[..slash])) break;
        }
        return (files, folders);
    }

    /// <summary>CI checkouts are detached: the branch comes from the CI's variables then.</summary>
    private static string? CiBranch() =>
        new[] { "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_REF_NAME" }
            .Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>
    /// A remote URL safe to publish: CI remotes embed tokens as user-info
    /// (<c>https://gitlab-ci-token:TOKEN@host/…</c>), so user-info, query and fragment go;
    /// scp-like <c>git@host:group/repo.git</c> becomes <c>ssh://host/group/repo.git</c>. A local
    /// path or file:// remote is an absolute path of the machine: none is returned.
    /// </summary>
    public static string? SanitizeRemote(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (url.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || string.IsNullOrEmpty(uri.Host)) return null;
            return $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}";
        }
        var scp = ScpLike().Match(url);
        if (!scp.Success) return null;
        var path = scp.Groups["path"].Value.TrimStart('/');
        return Uri.TryCreate($"ssh://{scp.Groups["host"].Value}/{path}", UriKind.Absolute, out var ssh) ? $"ssh://{ssh.Authority}{ssh.AbsolutePath}" : null;
    }

    [GeneratedRegex(@"^(?:[^@/:]+@)?(?<host>[A-Za-z0-9.-]+):(?<path>[^\\].*)$")]
    private static partial Regex ScpLike();

    /// <summary>Runs git in <paramref name="dir"/>; stdout, or null when git failed or is missing.</summary>
    internal static string? Run(string dir, params string[] args) => RunFull(dir, args) is { ExitCode: 0 } r ? r.Stdout : null;

    internal static (int ExitCode, string Stdout, string Stderr) RunFull(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { "-c", "safe.directory=*", "-c", "core.quotepath=off" }.Concat(args)) psi.ArgumentList.Add(a);
        // Never prompt for credentials and never let a pager or the user's locale shape the output.
        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["GIT_PAGER"] = "cat";
        psi.Environment["LC_ALL"] = "C";
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(Timeout)) { try { p.Kill(true); } catch (InvalidOperationException) { } return (-1, "", "git timed out"); }
            p.WaitForExit();
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex) { return (-1, "", "git is not installed: " + ex.Message); }
        catch (IOException ex) { return (-1, "", ex.Message); }
    }
}

namespace Compliance.Cli.Tests.EndToEnd;

using System.Diagnostics;

/// <summary>Runs the built `compliance` CLI as a separate process, as users and CI do.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The CLI built in the same configuration as this test assembly.</summary>
    public static string CliDll
    {
        get
        {
            var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var path = Path.Combine(RepoPaths.Root, "cli", "Compliance.Cli", "bin", config, "net10.0", "compliance.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the CLI first (dotnet build Compliance.sln)", path);
        }
    }

    public static Run Invoke(string workingDirectory, params string[] args) => Invoke(workingDirectory, null, args);

    public static Run Invoke(string workingDirectory, IDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(CliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["CI"] = "true";
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // A hang guard, not a speed test: the slowest scans here (projects restored and loaded) take under a
        // minute unloaded; under a full test run beside other CPU-bound work they take several.
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(true); throw new TimeoutException("compliance did not finish in 10 minutes: " + string.Join(' ', args)); }
        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj") continue;
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            if (rel.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, rel))!);
            File.Copy(file, Path.Combine(to, rel), true);
        }
    }

    public static string TempDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "compliance-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}

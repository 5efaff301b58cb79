namespace Compliance.Cli.Tests.EndToEnd;

using System.Diagnostics;

/// <summary>
/// A test that needs the SARIF validator: skipped with a message on a developer machine without it,
/// run (and so failed) when CI=true, where scripts/test.sh installs it — never a silent pass.
/// </summary>
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (SarifValidator.Locate() is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "sarif-multitool not found ($COMPLIANCE_SARIF_MULTITOOL or <repo>/.tools/node_modules/.bin/sarif-multitool): npm install --prefix .tools @microsoft/sarif-multitool. Required when CI=true.";
    }
}

/// <summary>@microsoft/sarif-multitool (npm), installed by scripts/test.sh into .tools/.</summary>
public static class SarifValidator
{
    public static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("COMPLIANCE_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        var local = Path.Combine(RepoPaths.Root, ".tools", "node_modules", ".bin", "sarif-multitool");
        return File.Exists(local) ? local : null;
    }

    public static (bool Ok, string Output) Validate(string tool, string sarifPath)
    {
        var outFile = Path.Combine(Path.GetTempPath(), "sarif-validation-" + Guid.NewGuid().ToString("N") + ".sarif");
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "validate", sarifPath, "--output", outFile }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(120_000);
        var text = stdout.Result + stderr.Result;
        // The validator writes its own findings as SARIF: any error-level result is a failure.
        var errors = 0;
        var details = new System.Text.StringBuilder();
        if (File.Exists(outFile))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outFile));
            var run = doc.RootElement.GetProperty("runs")[0];
            var defaults = new Dictionary<string, string>();
            if (run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules))
                foreach (var r in rules.EnumerateArray())
                    defaults[r.GetProperty("id").GetString()!] = r.TryGetProperty("defaultConfiguration", out var dc) && dc.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
            if (run.TryGetProperty("results", out var results))
                foreach (var r in results.EnumerateArray())
                {
                    var id = r.GetProperty("ruleId").GetString()!;
                    var level = r.TryGetProperty("level", out var lv) ? lv.GetString() : defaults.GetValueOrDefault(id, "warning");
                    details.AppendLine($"{level} {id}: {r.GetProperty("message")}");
                    if (level == "error") errors++;
                }
        }
        var report = details.ToString();
        return (p.ExitCode == 0 && errors == 0, $"exit {p.ExitCode}, {errors} error result(s)\n{text}\n{report}");
    }
}

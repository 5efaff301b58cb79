namespace Compliance.Cli.GitLab;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Compliance.Cli.Publishing;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// GitLab's own report formats, written beside results.json so a job can declare them under
/// <c>artifacts:reports</c>: <c>gl-sast-report.json</c> (security report schema 15.x, shown in
/// the merge request's security widget) and <c>gl-code-quality-report.json</c> (the Code Climate
/// subset GitLab reads). Both list the active findings (not suppressed, not fixed since the
/// baseline, not low-precision) — unchanged baseline findings included, because GitLab itself
/// compares the merge request's report with the target branch's.
/// </summary>
public static class GitLabReports
{
    public const string SastFileName = "gl-sast-report.json";
    public const string CodeQualityFileName = "gl-code-quality-report.json";
    /// <summary>The security report schema version the SAST report follows.</summary>
    public const string SastSchemaVersion = "15.0.7";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// scan.start_time/end_time (YYYY-MM-DDTHH:MM:SS, UTC, no zone): SOURCE_DATE_EPOCH when set,
    /// else the scan's asOf date at midnight, else now (DECISIONS.md "Dates"). The publisher does
    /// not know when the scan ran, so both are the same instant.
    /// </summary>
    public static string SastTime(long? sourceDateEpoch, string? asOf, DateTimeOffset now)
    {
        DateTime t;
        if (sourceDateEpoch is { } s) t = DateTimeOffset.FromUnixTimeSeconds(s).UtcDateTime;
        else if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) t = d.ToDateTime(TimeOnly.MinValue);
        else t = now.UtcDateTime;
        return t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    public static string Sast(PublishedResults results, RuleCatalog? catalog, string time)
    {
        var r = results.Result;
        var lang = r.Scan.Lang ?? "zh-CN";
        var tool = new JsonObject
        {
            ["id"] = "compliance",
            ["name"] = "compliance",
            ["version"] = string.IsNullOrEmpty(r.Tool.Version) ? "0.0.0" : r.Tool.Version,
            ["vendor"] = new JsonObject { ["name"] = "Compliance" },
        };
        var vulnerabilities = new JsonArray();
        var prefix = results.PathPrefix;
        var active = results.Active.ToList();
        var ids = UniqueIds(active);
        for (var i = 0; i < active.Count; i++)
        {
            var f = active[i];
            var rule = catalog?.FindRule(f.RuleId);
            var identifiers = new JsonArray
            {
                new JsonObject { ["type"] = "compliance_rule_id", ["name"] = $"Compliance {f.RuleId}", ["value"] = f.RuleId },
            };
            foreach (var cwe in rule?.Cwe ?? [])
            {
                var number = cwe.StartsWith("CWE-", StringComparison.OrdinalIgnoreCase) ? cwe[4..] : cwe;
                identifiers.Add(new JsonObject
                {
                    ["type"] = "cwe", ["name"] = $"CWE-{number}", ["value"] = number,
                    ["url"] = $"https://cwe.mitre.org/data/definitions/{number}.html",
                });
            }
            var start = Math.Max(1, f.StartLine);
            var v = new JsonObject
            {
                ["id"] = ids[i],
                ["name"] = Cap(rule is null ? f.RuleId : $"{f.RuleId} {rule.Title.For(lang)}", 255), // the schema's maxLength
                ["description"] = f.Message,
                ["severity"] = SastSeverity(f.Severity),
                ["identifiers"] = identifiers,
                ["location"] = new JsonObject
                {
                    ["file"] = prefix + f.File,
                    ["start_line"] = start,
                    ["end_line"] = Math.Max(start, f.EndLine),
                },
            };
            if (rule is not null) v["solution"] = rule.Remediation.For(lang);
            vulnerabilities.Add(v);
        }
        var report = new JsonObject
        {
            ["version"] = SastSchemaVersion,
            ["scan"] = new JsonObject
            {
                ["analyzer"] = tool.DeepClone(),
                ["scanner"] = tool,
                ["type"] = "sast",
                ["status"] = "success",
                ["start_time"] = time,
                ["end_time"] = time,
            },
            ["vulnerabilities"] = vulnerabilities,
        };
        return report.ToJsonString(s_json).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>GitLab's Code Quality format: description, check_name, fingerprint, severity, location.path, location.lines.begin.</summary>
    public static string CodeQuality(PublishedResults results)
    {
        var prefix = results.PathPrefix;
        var active = results.Active.ToList();
        var fingerprints = UniqueFingerprints(active);
        var issues = new JsonArray();
        for (var i = 0; i < active.Count; i++)
        {
            var f = active[i];
            issues.Add(new JsonObject
            {
                ["type"] = "issue",
                ["check_name"] = f.RuleId,
                ["description"] = $"{f.RuleId}: {f.Message}",
                ["categories"] = new JsonArray("Security"),
                ["fingerprint"] = fingerprints[i],
                ["severity"] = CodeQualitySeverity(f.Severity),
                ["location"] = new JsonObject
                {
                    ["path"] = prefix + f.File,
                    ["lines"] = new JsonObject { ["begin"] = Math.Max(1, f.StartLine) },
                },
            });
        }
        return issues.ToJsonString(s_json).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The security report's severities are capitalised: Critical, High, Medium, Low (Unknown otherwise).</summary>
    public static string SastSeverity(Severity severity) => severity switch
    {
        Severity.Critical => "Critical",
        Severity.High => "High",
        Severity.Medium => "Medium",
        Severity.Low => "Low",
        _ => "Unknown",
    };

    /// <summary>Code Climate's scale has five steps: critical → blocker, high → critical, medium → major, low → minor.</summary>
    public static string CodeQualitySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "blocker",
        Severity.High => "critical",
        Severity.Medium => "major",
        Severity.Low => "minor",
        _ => "info",
    };

    /// <summary>
    /// Vulnerability ids: the finding's fingerprint in UUID form (stable across pipelines); a
    /// repeated fingerprint gets an id derived from it and its occurrence, so ids stay unique.
    /// </summary>
    private static List<string> UniqueIds(List<ResultFinding> findings) =>
        UniqueFingerprints(findings).Select(fp =>
        {
            var hex = fp.Length == 32 && fp.All(Uri.IsHexDigit) ? fp.ToLowerInvariant() : Hash(fp);
            return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
        }).ToList();

    /// <summary>Code Quality de-duplicates by fingerprint: a repeated one gets its occurrence hashed in.</summary>
    private static List<string> UniqueFingerprints(List<ResultFinding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>(findings.Count);
        foreach (var f in findings)
        {
            var fp = string.IsNullOrEmpty(f.Id) ? Hash($"{f.RuleId}\n{f.File}\n{f.StartLine}") : f.Id;
            var n = seen.TryGetValue(fp, out var c) ? c + 1 : 0;
            seen[fp] = n;
            list.Add(n == 0 ? fp : Hash($"{fp}#{n}"));
        }
        return list;
    }

    private static string Cap(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)).AsSpan(0, 16));
}

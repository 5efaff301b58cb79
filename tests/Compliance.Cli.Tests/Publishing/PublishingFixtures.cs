namespace Compliance.Cli.Tests.Publishing;

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compliance.Rules.Model;

/// <summary>
/// One known results.json for the GitLab and Gitee publisher tests: a scan of <c>samples</c>
/// with a baseline, holding one finding of every kind a publisher must tell apart.
/// </summary>
internal static class PublishingFixtures
{
    /// <summary>A new critical secret finding whose message carries Markdown/HTML that must be escaped.</summary>
    public static readonly string SecretId = Fingerprint.Compute("CMP1001", "src/Program.cs", "Main#0");
    public const string SecretMessage = "Hard-coded credential <img src=x onerror=alert(1)> | **bold** `code`";
    /// <summary>An unchanged (baselined) high nginx finding: in GitLab's reports, not in the comment.</summary>
    public static readonly string TlsId = Fingerprint.Compute("CMP5301", "deploy/nginx.conf", "server#1");
    public const string LowPrecisionFile = "src/Names.cs";
    public const string SuppressedFile = "src/Waived.cs";
    public const string AbsentFile = "src/Fixed.cs";

    /// <summary>A token-shaped canary that must never reach any output: generated per test run.</summary>
    public static string Canary(string prefix) => prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Writes DIR/results.json (and report.md when <paramref name="report"/> is given).</summary>
    public static void WriteResults(string dir, string? asOf = null, string? report = null)
    {
        var findings = new List<ResultFinding>
        {
            new()
            {
                Id = TlsId, RuleId = "CMP5301", Theme = "tls", Severity = Severity.High, File = "deploy/nginx.conf",
                StartLine = 3, StartColumn = 5, EndLine = 3, EndColumn = 30, Message = "ssl_protocols allows TLSv1", BaselineState = "unchanged",
            },
            new()
            {
                Id = Fingerprint.Compute("CMP2001", AbsentFile, "M#0"), RuleId = "CMP2001", Theme = "weak-hash", Severity = Severity.High, File = AbsentFile,
                StartLine = 9, StartColumn = 1, EndLine = 9, EndColumn = 1, Message = "Fixed since the baseline", BaselineState = "absent",
            },
            new()
            {
                Id = Fingerprint.Compute("CMP3001", LowPrecisionFile, "M#0"), RuleId = "CMP3001", Theme = "pii", Severity = Severity.Medium, File = LowPrecisionFile,
                StartLine = 4, StartColumn = 9, EndLine = 4, EndColumn = 20, Message = "phone number logged (name only)", BaselineState = "new",
            },
            new()
            {
                Id = SecretId, RuleId = "CMP1001", Theme = "secret", Severity = Severity.Critical, File = "src/Program.cs",
                StartLine = 12, StartColumn = 20, EndLine = 14, EndColumn = 3, Message = SecretMessage, BaselineState = "new",
            },
            new()
            {
                Id = Fingerprint.Compute("CMP2001", SuppressedFile, "M#0"), RuleId = "CMP2001", Theme = "weak-hash", Severity = Severity.Critical, File = SuppressedFile,
                StartLine = 2, StartColumn = 1, EndLine = 2, EndColumn = 9, Message = "MD5", BaselineState = "new",
                Suppression = new Suppression { Kind = "external", Justification = "accepted" },
            },
        };
        var result = new ScanResult
        {
            Tool = new ToolInfo { Version = "1.2.3", CatalogVersion = "2026.11.0" },
            Scan = new ScanInfo { Root = "samples", Lang = "en", AsOf = asOf },
            Summary = new ScanSummary { Critical = 1, High = 1, Medium = 1, Suppressed = 1, New = 3, Unchanged = 1, Absent = 1 },
            Findings = findings,
        };
        // results.json v2 carries a precision per finding: mark the name-only PII result low.
        var json = JsonSerializer.SerializeToNode(result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        foreach (var f in json["findings"]!.AsArray())
            f!["precision"] = (string)f["file"]! == LowPrecisionFile ? "low" : "high";
        File.WriteAllText(Path.Combine(dir, "results.json"), json.ToJsonString());
        if (report is not null) File.WriteAllText(Path.Combine(dir, "report.md"), report);
    }

    /// <summary>Every file the run left in DIR, as text.</summary>
    public static IEnumerable<(string Path, string Text)> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p)));
}

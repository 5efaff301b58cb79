namespace Compliance.Cli.Tests.Gating;

using Compliance.Rules.Model;

/// <summary>Builds results the way the scan pipeline does: id = Fingerprint of rule, path and anchor.</summary>
internal static class GatingFixtures
{
    public static ResultFinding F(string ruleId, string file, int line, string severity, string theme, string anchor = "")
    {
        SeverityExtensions.TryParse(severity, out var sev);
        var finding = new Finding { RuleId = ruleId, File = file, StartLine = line, Message = "m", Anchor = anchor };
        return new ResultFinding
        {
            Id = Fingerprint.Compute(ruleId, file, Fingerprint.AnchorOf(finding)),
            RuleId = ruleId, File = file, StartLine = line, StartColumn = 5, EndLine = line, EndColumn = 20,
            Severity = sev, Theme = theme, Message = $"{ruleId} at {file}:{line}",
        };
    }

    public static ScanResult Result(params ResultFinding[] findings) =>
        new() { Tool = new ToolInfo { Version = "0.1.0" }, Findings = findings.ToList() };
}

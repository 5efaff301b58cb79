namespace Compliance.PolicyEngine.Checks.MsBuild;

using System.Xml;
using System.Xml.Linq;
using Compliance.Rules.Model;

/// <summary>
/// CMP5801–CMP5803: NuGet's vulnerability audit (restore warns about packages with known
/// advisories) switched off or narrowed in an MSBuild file — <c>*.csproj</c>, <c>Directory.Build.props</c>,
/// <c>Directory.Packages.props</c>. One rule per setting: <c>NuGetAudit</c> false (CMP5801),
/// <c>NuGetAuditLevel</c> critical (CMP5802: only the most severe advisories; low, moderate and high —
/// the default is low — are accepted), <c>NuGetAuditMode</c> direct (CMP5803: transitive packages, where most
/// advisories are, go unchecked). Properties under a <c>Condition</c> (on the property or its
/// PropertyGroup) are not judged: the tool cannot know which configuration ships. Read with
/// System.Xml.Linq and line info; a file that is not well-formed XML is skipped (MSBuild would fail on it anyway).
/// A file that sets the audit explicitly (true, a level below critical, mode all) and narrows none of it is
/// observation CMP5801 at the first such property.
/// </summary>
public sealed class NuGetAuditChecks : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5801", "CMP5802", "CMP5803"];

    public static bool IsMsBuildFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || name is "Directory.Build.props" or "Directory.Packages.props";
    }

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var file in documents.Files.Where(f => IsMsBuildFile(f.Path)))
        {
            XDocument doc;
            try
            {
                doc = XDocument.Parse(file.Text, LoadOptions.SetLineInfo);
            }
            catch (XmlException)
            {
                continue;
            }
            report.Examined(Themes.VulnManagement, file.Path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            XElement? explicitAudit = null;
            foreach (var property in doc.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup"))
            {
                if (property.Attribute("Condition") is not null || property.Parent!.Attribute("Condition") is not null) continue;
                var value = property.Value.Trim();
                var finding = property.Name.LocalName switch
                {
                    "NuGetAudit" when value.Equals("false", StringComparison.OrdinalIgnoreCase) => Make("CMP5801", file.Path, property,
                        "NuGetAudit is false, so restore no longer reports packages with known vulnerabilities; remove the property (the default is true).",
                        "NuGetAudit 为 false，还原时不再报告存在已知漏洞的包；请删除该属性（默认为 true）。"),
                    "NuGetAuditLevel" when value.Equals("critical", StringComparison.OrdinalIgnoreCase) => Make("CMP5802", file.Path, property,
                        "NuGetAuditLevel is critical, so high-severity advisories are not reported; use high or lower (the default is low).",
                        "NuGetAuditLevel 为 critical，高危漏洞公告不会被报告；请使用 high 或更低（默认为 low）。"),
                    "NuGetAuditMode" when value.Equals("direct", StringComparison.OrdinalIgnoreCase) => Make("CMP5803", file.Path, property,
                        "NuGetAuditMode is direct, so vulnerable transitive packages are not reported; use all (the default from the .NET 9 SDK).",
                        "NuGetAuditMode 为 direct，存在漏洞的间接依赖不会被报告；请使用 all（.NET 9 SDK 起的默认值）。"),
                    _ => null,
                };
                // At most one result per rule per file: the first occurrence.
                if (finding is not null && seen.Add(finding.RuleId)) report.Add(finding);
                else if (finding is null && explicitAudit is null && IsExplicitAudit(property.Name.LocalName, value)) explicitAudit = property;
            }
            // A file that switches the audit on explicitly and narrows none of it is positive evidence for
            // the vulnerability-audit part; a file that merely leaves the defaults is not (DECISIONS.md, "Observations").
            if (explicitAudit is not null && seen.Count == 0)
                report.Observe("CMP5801", file.Path, ((IXmlLineInfo)explicitAudit).HasLineInfo() ? ((IXmlLineInfo)explicitAudit).LineNumber : 1);
        }
    }

    /// <summary><c>NuGetAudit</c> true, <c>NuGetAuditLevel</c> low/moderate/high or <c>NuGetAuditMode</c> all, set on purpose.</summary>
    private static bool IsExplicitAudit(string name, string value) => name switch
    {
        "NuGetAudit" => value.Equals("true", StringComparison.OrdinalIgnoreCase),
        "NuGetAuditLevel" => value.ToLowerInvariant() is "low" or "moderate" or "high",
        "NuGetAuditMode" => value.Equals("all", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static Finding Make(string ruleId, string file, XElement at, string message, string messageZh)
    {
        var line = ((IXmlLineInfo)at).HasLineInfo() ? ((IXmlLineInfo)at).LineNumber : 1;
        var column = ((IXmlLineInfo)at).HasLineInfo() ? ((IXmlLineInfo)at).LinePosition - 1 : 1;
        return new Finding
        {
            RuleId = ruleId, File = file, StartLine = line, StartColumn = Math.Max(1, column), EndLine = line, EndColumn = Math.Max(1, column),
            Message = message, MessageZh = messageZh, Evidence = $"<{at.Name.LocalName}>{at.Value.Trim()}</{at.Name.LocalName}>",
            Anchor = "msbuild:" + at.Name.LocalName,
        };
    }
}

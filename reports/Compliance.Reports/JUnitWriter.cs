namespace Compliance.Reports;

using System.Text;
using System.Xml;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// JUnit XML for Jenkins/GitLab test tabs: one &lt;testsuite&gt; per theme; one failing testcase per
/// unsuppressed finding (fixed baseline results are left out), one skipped testcase per suppressed
/// finding, and one passing testcase per enabled rule of the theme without findings. No timestamps.
/// </summary>
public static class JUnitWriter
{
    /// <param name="lang">Language of the failure messages; the scan's when not given.</param>
    public static void Write(ScanResult result, RuleCatalog catalog, Stream stream, string? lang = null)
    {
        lang ??= result.Scan.Lang;
        var findings = result.Findings.Where(f => f.BaselineState != BaselineStates.Absent).ToList();
        var themes = Themes.All
            .Concat(findings.Select(f => f.Theme).Where(t => !Themes.IsKnown(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Where(t => findings.Any(f => f.Theme == t) || catalog.Rules.Values.Any(r => r.Theme == t && r.EnabledByDefault))
            .ToList();

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "compliance");
            var suites = themes.Select(theme => BuildSuite(theme, findings, catalog, lang)).ToList();
            w.WriteAttributeString("tests", suites.Sum(s => s.Cases.Count).ToString());
            w.WriteAttributeString("failures", suites.Sum(s => s.Cases.Count(c => c.Failure is not null)).ToString());
            w.WriteAttributeString("errors", "0");
            w.WriteAttributeString("skipped", suites.Sum(s => s.Cases.Count(c => c.Skipped is not null)).ToString());
            foreach (var suite in suites)
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", "compliance." + suite.Theme);
                w.WriteAttributeString("tests", suite.Cases.Count.ToString());
                w.WriteAttributeString("failures", suite.Cases.Count(c => c.Failure is not null).ToString());
                w.WriteAttributeString("errors", "0");
                w.WriteAttributeString("skipped", suite.Cases.Count(c => c.Skipped is not null).ToString());
                foreach (var c in suite.Cases)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("classname", "compliance." + suite.Theme + "." + c.RuleId);
                    w.WriteAttributeString("name", c.Name);
                    if (c.File is not null) w.WriteAttributeString("file", c.File);
                    if (c.Failure is { } fail)
                    {
                        w.WriteStartElement("failure");
                        w.WriteAttributeString("type", c.RuleId);
                        w.WriteAttributeString("message", fail.Message);
                        w.WriteString(fail.Body);
                        w.WriteEndElement();
                    }
                    if (c.Skipped is { } skipped)
                    {
                        w.WriteStartElement("skipped");
                        w.WriteAttributeString("message", skipped);
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    private sealed record Case(string RuleId, string Name, string? File, (string Message, string Body)? Failure, string? Skipped);
    private sealed record Suite(string Theme, List<Case> Cases);

    private static Suite BuildSuite(string theme, List<ResultFinding> findings, RuleCatalog catalog, string lang)
    {
        var cases = new List<Case>();
        var mine = findings.Where(f => f.Theme == theme).ToList();
        foreach (var f in mine)
        {
            var location = ReportModelBuilder.Location(f.File, f.StartLine, f.StartColumn);
            var name = $"{f.RuleId} {location}";
            if (f.Suppression is { } s)
            {
                var why = string.IsNullOrEmpty(s.Justification) ? s.Kind : $"{s.Kind}: {s.Justification}";
                cases.Add(new Case(f.RuleId, name, f.File, null, $"suppressed ({why})"));
                continue;
            }
            if (FindingState.IsLowPrecision(f))
            {
                cases.Add(new Case(f.RuleId, name, f.File, null, "low precision (a name alone): listed, never a failure"));
                continue;
            }
            var rule = catalog.FindRule(f.RuleId);
            var body = new StringBuilder()
                .Append(location).Append('\n')
                .Append(f.RuleId).Append(" [").Append(f.Severity.ToToken()).Append("] ").Append(f.MessageIn(lang)).Append('\n');
            if (f.Clauses.Count > 0) body.Append("clauses: ").Append(string.Join(", ", f.Clauses)).Append('\n');
            if (rule is not null) body.Append("fix: ").Append(rule.Remediation.En).Append('\n');
            cases.Add(new Case(f.RuleId, name, f.File, (f.MessageIn(lang), body.ToString()), null));
        }
        var withFindings = mine.Where(FindingState.IsActive).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in catalog.Rules.Values.Where(r => r.Theme == theme && r.EnabledByDefault && !withFindings.Contains(r.Id))
                     .OrderBy(r => r.Id, StringComparer.Ordinal))
            cases.Add(new Case(rule.Id, $"{rule.Id} {rule.Title.En}", null, null, null));
        return new Suite(theme, cases);
    }
}

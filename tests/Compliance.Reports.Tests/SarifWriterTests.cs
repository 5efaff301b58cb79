namespace Compliance.Reports.Tests;

using System.Diagnostics;
using System.Text.Json.Nodes;
using Compliance.Rules.Model;
using Xunit.Abstractions;

public class SarifWriterTests(ITestOutputHelper output)
{
    private static JsonObject Run(string sarif) => JsonNode.Parse(sarif)!["runs"]![0]!.AsObject();

    [Fact]
    public void SameInputGivesByteIdenticalSarif()
    {
        var a = SarifWriter.ToSarif(SampleScan.Build(), SampleScan.Catalog, "zh-CN");
        var b = SarifWriter.ToSarif(SampleScan.Build(), SampleScan.Catalog, "zh-CN");
        Assert.Equal(a, b);
    }

    [Fact]
    public void RulesCarrySecurityAndExactlyOneThemeTagSeverityAndHelp()
    {
        var catalog = SampleScan.Catalog;
        var run = Run(SarifWriter.ToSarif(SampleScan.Build(), catalog, "en"));
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(catalog.Rules.Keys.Order(StringComparer.Ordinal), rules.Select(r => (string)r!["id"]!));
        foreach (var r in rules)
        {
            var tags = r!["properties"]!["tags"]!.AsArray().Select(t => (string)t!).ToList();
            Assert.Equal("security", tags[0]);
            Assert.Single(tags, Themes.IsKnown);
            Assert.All(tags.Skip(2), t => Assert.Matches(@"^external/cwe/cwe-\d+$", t));
            var id = (string)r["id"]!;
            Assert.Equal(catalog.Rules[id].Theme, tags[1]);
            Assert.Equal(catalog.Rules[id].Severity.SecuritySeverity(), (string)r["properties"]!["security-severity"]!);
            Assert.Equal($"{SarifWriter.HelpBase}{id}.md", (string)r["helpUri"]!);
            Assert.Contains(catalog.Rules[id].Remediation.En, (string)r["help"]!["text"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)r["help"]!["markdown"]));
        }
        var cmp2001 = rules.Single(r => (string)r!["id"]! == "CMP2001")!;
        Assert.Equal("error", (string)cmp2001["defaultConfiguration"]!["level"]!);
        Assert.Equal(["security", "weak-hash", "external/cwe/cwe-327", "external/cwe/cwe-328"],
            cmp2001["properties"]!["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void ResultsAreRelativeWithFingerprintsControlsClausesAndSuppressions()
    {
        var scan = SampleScan.Build(r =>
        {
            r.Findings[0].BaselineState = "new";
            r.Findings[1].Related = [new RelatedLocation("src/Warehouse.Api/Models/Customer.cs", 8, 5, "password comes from here")];
        });
        var sarif = SarifWriter.ToSarif(scan, SampleScan.Catalog, "zh-CN");
        var run = Run(sarif);
        var results = run["results"]!.AsArray();
        Assert.Equal(scan.Findings.Count, results.Count);
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i]!;
            var f = scan.Findings[i];
            Assert.Equal(f.RuleId, (string)r["ruleId"]!);
            Assert.Equal(f.RuleId, (string)rules[(int)r["ruleIndex"]!]!["id"]!);
            var loc = r["locations"]![0]!["physicalLocation"]!;
            Assert.Equal(f.File, (string)loc["artifactLocation"]!["uri"]!);
            Assert.Equal("%SRCROOT%", (string)loc["artifactLocation"]!["uriBaseId"]!);
            Assert.Equal(f.StartLine, (int)loc["region"]!["startLine"]!);
            Assert.Equal(f.StartColumn, (int)loc["region"]!["startColumn"]!);
            Assert.Equal(f.EndColumn, (int)loc["region"]!["endColumn"]!);
            Assert.Equal(f.Id, (string)r["partialFingerprints"]!["compliance/v1"]!);
            Assert.Equal(f.Controls, r["properties"]!["controls"]!.AsArray().Select(c => (string)c!));
            Assert.Equal(f.Clauses, r["properties"]!["clauses"]!.AsArray().Select(c => (string)c!));
            Assert.Equal(f.Theme, (string)r["properties"]!["theme"]!);
        }
        Assert.Equal("new", (string)results[0]!["baselineState"]!);
        Assert.Equal("src/Warehouse.Api/Models/Customer.cs", (string)results[1]!["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        var waived = results.Single(r => (string)r!["ruleId"]! == "CMP5501")!;
        Assert.Equal("external", (string)waived["suppressions"]![0]!["kind"]!);
        Assert.Equal("staging only", (string)waived["suppressions"]![0]!["justification"]!);
        Assert.Null(results.Single(r => (string)r!["ruleId"]! == "CMP2002")!["suppressions"]);

        Assert.Null(run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.True((bool)run["invocations"]![0]!["executionSuccessful"]!);
        var notes = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray();
        Assert.Contains(notes, n => (string)n!["descriptor"]!["id"]! == "CMP9002");
        Assert.DoesNotContain("/work/", sarif);
        Assert.DoesNotContain(Path.GetTempPath(), sarif);
    }

    [Fact]
    public void LowPrecisionResultsAreNotesCarryingPrecisionAndContext()
    {
        var scan = SampleScan.Build(r =>
        {
            r.Findings[0].Severity = Severity.Critical;
            r.Findings[0].Precision = Precisions.Low;
            r.Findings[1].Context = FindingContexts.Test;
        });
        var results = Run(SarifWriter.ToSarif(scan, SampleScan.Catalog, "en"))["results"]!.AsArray();
        Assert.Equal("note", (string)results[0]!["level"]!);
        Assert.Equal("low", (string)results[0]!["properties"]!["precision"]!);
        Assert.Equal("test", (string)results[1]!["properties"]!["context"]!);
        Assert.Null(results[0]!["properties"]!["context"]);
        Assert.All(results.Skip(2), r => Assert.NotEqual("low", (string)r!["properties"]!["precision"]!));
        var rules = Run(SarifWriter.ToSarif(scan, SampleScan.Catalog, "en"))["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal("medium", (string)rules.Single(r => (string)r!["id"]! == "CMP1002")!["properties"]!["precision"]!);
    }

    [Fact]
    public void FileNamesAreEncodedAsRelativeUris()
    {
        Assert.Equal("deploy/my%20app/%3Cscript%3E.yaml", SarifWriter.RelativeUri("deploy/my app/<script>.yaml"));
        Assert.Equal("a/b.cs", SarifWriter.RelativeUri("/a\\b.cs"));
    }

    [SarifMultitoolFact]
    public void MultitoolValidatesWithoutErrors()
    {
        var dir = Path.Combine(SampleScan.ArtifactDir(), "sarif");
        Directory.CreateDirectory(dir);
        var scan = SampleScan.Build(r =>
        {
            r.Findings[0].BaselineState = "unchanged";
            r.Findings[2].Related = [new RelatedLocation("deploy/ssh/sshd_config", 1, 1, "Match block")];
            r.Findings.Add(SampleScan.F("CMP9001", "deploy/k8s/broken <x>.yaml", 3, 1, "YAML syntax error: mapping values are not allowed here"));
        });
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var input = Path.Combine(dir, $"results.{lang}.sarif");
            File.WriteAllText(input, SarifWriter.ToSarif(scan, SampleScan.Catalog, lang));
            var errors = Validate(input);
            Assert.True(errors.Count == 0, $"{lang}: " + string.Join("\n", errors));
        }
    }

    /// <summary>The harness itself must see errors, or the test above could never fail.</summary>
    [SarifMultitoolFact]
    public void MultitoolHarnessReportsErrorsOfABrokenLog()
    {
        var path = Path.Combine(SampleScan.ArtifactDir(), "sarif", "broken.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sarif = SarifWriter.ToSarif(SampleScan.Build(), SampleScan.Catalog, "en").Replace("\"uri\": \"deploy/", "\"uri\": \"C:\\\\bad path/");
        File.WriteAllText(path, sarif);
        Assert.Contains(Validate(path), e => e.StartsWith("SARIF1002", StringComparison.Ordinal));
    }

    private List<string> Validate(string input)
    {
        var tool = ExternalTools.SarifMultitool;
        Assert.True(tool is not null, "sarif-multitool is required when CI=true: npm install --prefix .tools @microsoft/sarif-multitool");
        var report = Path.ChangeExtension(input, ".validation.sarif");
        File.Delete(report);
        var psi = new ProcessStartInfo(tool!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "validate", input, "--output", report }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "sarif-multitool timed out");
        output.WriteLine(stdout.Result + stderr.Result);
        Assert.True(p.ExitCode == 0 && File.Exists(report), $"sarif-multitool failed (exit {p.ExitCode}): {stdout.Result}{stderr.Result}");
        var validation = JsonNode.Parse(File.ReadAllText(report))!["runs"]![0]!;
        // Validation rules SARIF1xxx are errors (level "error"); SARIF2xxx are advisory warnings/notes.
        var errors = (validation["results"]?.AsArray() ?? [])
            .Where(r => (string?)r!["level"] == "error")
            .Select(r => $"{r!["ruleId"]}: {r["message"]?["text"] ?? r["message"]?["arguments"]?.ToJsonString()}").ToList();
        errors.AddRange((validation["invocations"]?[0]?["toolExecutionNotifications"]?.AsArray() ?? [])
            .Where(n => (string?)n!["level"] == "error").Select(n => "tool: " + n!.ToJsonString()));
        return errors;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void EveryCatalogRulesFullDescriptionDiffersFromItsShortDescription(string lang)
    {
        var catalog = SampleScan.Catalog;
        var rules = Run(SarifWriter.ToSarif(SampleScan.Build(), catalog, lang))["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(catalog.Rules.Count, rules.Count);
        foreach (var r in rules)
        {
            var id = (string)r!["id"]!;
            var shortText = (string)r["shortDescription"]!["text"]!;
            var fullText = (string)r["fullDescription"]!["text"]!;
            Assert.False(string.IsNullOrWhiteSpace(fullText), id);
            Assert.True(fullText.Trim() != shortText.Trim(), $"{id}: fullDescription repeats shortDescription '{shortText}'");
            // A rule without its own description explains itself with its remediation.
            var rule = catalog.Rules[id];
            if (rule.Description?.For(lang) is not { Length: > 0 } d || d.Trim() == shortText.Trim())
                Assert.Contains(rule.Remediation.For(lang), fullText);
        }
    }

    [Fact]
    public void InAGitRepositoryUrisAreRepositoryRelativeAndProvenanceNamesTheRepository()
    {
        var scan = SampleScan.Build(r =>
        {
            r.Scan.Repository = new RepositoryInfo { PathInRepository = "services/crm", Uri = "https://git.example.com/grp/crm.git", Revision = "0123456789abcdef0123456789abcdef01234567", Branch = "feature/x" };
            r.Findings[1].Related = [new RelatedLocation("src/Warehouse.Api/Models/Customer.cs", 8, 5, "from here")];
        });
        var run = Run(SarifWriter.ToSarif(scan, SampleScan.Catalog, "en"));
        var results = run["results"]!.AsArray();
        for (var i = 0; i < results.Count; i++)
        {
            var loc = results[i]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
            Assert.Equal("services/crm/" + SarifWriter.RelativeUri(scan.Findings[i].File), (string)loc["uri"]!);
            Assert.Equal("%SRCROOT%", (string)loc["uriBaseId"]!);
        }
        Assert.Equal("services/crm/src/Warehouse.Api/Models/Customer.cs",
            (string)results[1]!["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        var vcp = run["versionControlProvenance"]!.AsArray().Single()!;
        Assert.Equal("https://git.example.com/grp/crm.git", (string)vcp["repositoryUri"]!);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", (string)vcp["revisionId"]!);
        Assert.Equal("feature/x", (string)vcp["branch"]!);
        Assert.Equal("%SRCROOT%", (string)vcp["mappedTo"]!["uriBaseId"]!);
        // %SRCROOT% names no absolute path of the scanning machine.
        Assert.Null(run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
    }

    [Fact]
    public void OutsideGitThereIsNoProvenanceAndUrisStayScanRootRelative()
    {
        var scan = SampleScan.Build();
        var run = Run(SarifWriter.ToSarif(scan, SampleScan.Catalog, "en"));
        Assert.Null(run["versionControlProvenance"]);
        Assert.Equal(SarifWriter.RelativeUri(scan.Findings[0].File),
            (string)run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
    }
}

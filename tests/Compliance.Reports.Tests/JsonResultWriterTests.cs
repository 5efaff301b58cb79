namespace Compliance.Reports.Tests;

using System.Text;
using System.Text.Json.Nodes;

public class JsonResultWriterTests
{
    [Fact]
    public void RoundTripIsByteIdentical()
    {
        var first = JsonResultWriter.ToJson(SampleScan.Build());
        var read = JsonResultWriter.Read(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        var second = JsonResultWriter.ToJson(read);
        Assert.Equal(first, second);
        Assert.Equal(first, JsonResultWriter.ToJson(SampleScan.Build()));
    }

    [Fact]
    public void CamelCaseInStableOrderWithClaimsAndReadableChinese()
    {
        var json = JsonResultWriter.ToJson(SampleScan.Build());
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["schemaVersion", "tool", "scan", "summary", "findings", "claims", "personalData", "skipped", "notices", "evidenceRecords"],
            root.Select(p => p.Key).ToArray());
        var finding = root["findings"]![0]!.AsObject();
        Assert.Equal(["id", "ruleId", "theme", "severity", "precision", "controls", "clauses", "file", "startLine", "startColumn", "endLine",
            "endColumn", "message", "evidence"], finding.Select(p => p.Key).Take(14).ToArray());
        Assert.Equal(2, (int)root["schemaVersion"]!);
        var claim = root["claims"]!.AsArray().Single(c => (string?)c!["id"] == "3.1")!;
        Assert.Equal("contradicted", (string?)claim["verdict"]);
        Assert.Equal("CMP2002", (string?)claim["evidence"]![0]!["ruleId"]);
        Assert.Contains("仓储与客户管理系统", json); // CJK not \u-escaped
        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void Version_1_files_still_read_with_high_precision_and_no_context()
    {
        var v1 = """{"schemaVersion": 1, "findings": [{"id": "x", "ruleId": "CMP1001", "theme": "secret", "severity": "high", "file": "a.cs", "startLine": 1}]}""";
        var read = JsonResultWriter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(v1)));
        var f = Assert.Single(read.Findings);
        Assert.Equal(("high", (string?)null), (f.Precision, f.Context));
        Assert.True(Compliance.Rules.Model.FindingState.IsActive(f));
    }

    [Theory]
    [InlineData("critical", Compliance.Rules.Model.Severity.Critical)]
    [InlineData("high", Compliance.Rules.Model.Severity.High)]
    [InlineData("medium", Compliance.Rules.Model.Severity.Medium)]
    [InlineData("low", Compliance.Rules.Model.Severity.Low)]
    [InlineData("", Compliance.Rules.Model.Severity.None)]
    [InlineData("severe", Compliance.Rules.Model.Severity.None)]
    public void Severity_is_read_from_its_token_and_written_back_as_the_same_token(string token, Compliance.Rules.Model.Severity expected)
    {
        var json = $$"""{"schemaVersion": 1, "findings": [{"id": "x", "ruleId": "CMP2002", "theme": "weak-hash", "severity": "{{token}}", "file": "a.cs", "startLine": 1}]}""";
        var read = JsonResultWriter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected, Assert.Single(read.Findings).Severity);
        var written = JsonNode.Parse(JsonResultWriter.ToJson(read))!["findings"]![0]!["severity"]!.GetValue<string>();
        Assert.Equal(expected == Compliance.Rules.Model.Severity.None ? "none" : token, written);

        // A v1 file without a usable severity: SARIF and the report take the catalog's (CMP2002 is critical).
        var sarif = SarifWriterOutput(read);
        Assert.Equal(expected == Compliance.Rules.Model.Severity.None ? "critical" : token,
            JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!["properties"]!["severity"]!.GetValue<string>());
        var model = ReportModelBuilder.Build(read, SampleScan.Catalog, ReportTexts.Load("en"), SampleScan.RenderedAt);
        Assert.Equal(expected == Compliance.Rules.Model.Severity.None ? "critical" : token, Assert.Single(model.Findings).Severity);
    }

    private static string SarifWriterOutput(Compliance.Rules.Model.ScanResult result)
    {
        using var ms = new MemoryStream();
        SarifWriter.Write(result, SampleScan.Catalog, ms, "en");
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void HtmlSensitiveCharactersStayEscaped()
    {
        var json = JsonResultWriter.ToJson(SampleScan.Build(r => r.Findings[0].Message = SampleScan.Script));
        Assert.DoesNotContain("<script>", json);
        Assert.Contains("\\u003Cscript\\u003E", json);
    }

    [Fact]
    public void TruncatedJsonGivesAClearError()
    {
        var json = JsonResultWriter.ToJson(SampleScan.Build());
        var truncated = json[..(json.Length / 2)];
        var ex = Assert.Throws<InvalidDataException>(() => JsonResultWriter.Read(new MemoryStream(Encoding.UTF8.GetBytes(truncated))));
        Assert.Contains("results.json is truncated or not valid JSON at line", ex.Message);

        var notJson = Assert.Throws<InvalidDataException>(() => JsonResultWriter.Read(new MemoryStream("hello"u8.ToArray())));
        Assert.Contains("not valid JSON", notJson.Message);
        var wrongVersion = Assert.Throws<InvalidDataException>(() => JsonResultWriter.Read(new MemoryStream("{\"schemaVersion\": 7}"u8.ToArray())));
        Assert.Contains("schemaVersion 7", wrongVersion.Message);
    }

    [Fact]
    public void A_v1_results_file_still_renders_without_parts_or_an_overall_verdict()
    {
        // schemaVersion 1: no summary.overall, no claims[].parts, no evidenceRecords.
        var v1 = JsonNode.Parse(JsonResultWriter.ToJson(SampleScan.Build()))!.AsObject();
        v1["schemaVersion"] = 1;
        v1["summary"]!.AsObject().Remove("overall");
        v1.Remove("evidenceRecords");
        foreach (var c in v1["claims"]!.AsArray()) { c!.AsObject().Remove("parts"); c.AsObject().Remove("basis"); }
        var read = JsonResultWriter.Read(new MemoryStream(Encoding.UTF8.GetBytes(v1.ToJsonString())));
        Assert.Equal(1, read.SchemaVersion);
        var html = HtmlReportRenderer.Render(read, SampleScan.Catalog, "zh-CN", SampleScan.RenderedAt);
        Assert.Contains("（旧版结果，无总体结论）", html);
        Assert.Contains("id=\"claim-3.1\"", html);
        Assert.Contains("| 3.1 | 账号加密算法 | 不符合 | 0 / 0 |  | 1 |", MarkdownReportRenderer.Render(read, SampleScan.Catalog, "zh-CN", SampleScan.RenderedAt));
    }
}

namespace Compliance.Cli.Tests.Gating;

using System.Text.Json.Nodes;
using Compliance.Cli.Gating;
using Compliance.Rules.Model;
using static GatingFixtures;

public sealed class BaselineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cmp-baseline-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Create_writes_schema_tool_version_and_sorted_entries_and_round_trips()
    {
        var result = Result(
            F("CMP5201", "deploy/sshd_config", 12, "high", "ssh-hardening", "PasswordAuthentication"),
            F("CMP1001", "src/App/Settings.cs", 40, "critical", "secret", "Settings.ApiKey#0"));
        var path = Path.Combine(_dir, "sub", "baseline.json");
        BaselineFile.Create(result).Save(path);

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(1, (int)json["schemaVersion"]!);
        Assert.Equal("0.1.0", (string)json["tool"]!["version"]!);
        var entries = json["findings"]!.AsArray();
        Assert.Equal(["deploy/sshd_config", "src/App/Settings.cs"], entries.Select(e => (string)e!["file"]!));
        var first = entries[0]!;
        Assert.Equal(result.Findings[0].Id, (string)first["fingerprint"]!);
        Assert.Equal("CMP5201", (string)first["ruleId"]!);
        Assert.Equal(12, (int)first["startLine"]!);
        Assert.Equal("high", (string)first["severity"]!);

        var loaded = BaselineFile.Load(path);
        Assert.Equal(2, loaded.Findings.Count);
        Assert.Equal(result.Findings[1].Id, loaded.Findings[1].Fingerprint);
    }

    [Fact]
    public void Finding_moved_by_inserted_lines_stays_unchanged_new_one_is_new_and_fixed_one_is_absent()
    {
        var before = Result(
            F("CMP1001", "src/App/Settings.cs", 40, "critical", "secret", "Settings.ApiKey#0"),
            F("CMP2001", "src/App/Hasher.cs", 10, "high", "weak-hash", "Hasher.Hash#0"));
        var baseline = BaselineFile.Parse(BaselineFile.Create(before).ToJson());

        // Ten lines were inserted above the secret; the MD5 call was fixed; a new PII log appeared.
        var after = Result(
            F("CMP1001", "src/App/Settings.cs", 50, "critical", "secret", "Settings.ApiKey#0"),
            F("CMP3001", "src/App/Users.cs", 7, "high", "pii", "Users.Log#0"));
        Baseline.Apply(after, baseline);

        var moved = after.Findings.Single(f => f.RuleId == "CMP1001");
        Assert.Equal("unchanged", moved.BaselineState);
        Assert.Equal(50, moved.StartLine);
        Assert.Equal("new", after.Findings.Single(f => f.RuleId == "CMP3001").BaselineState);
        var absent = after.Findings.Single(f => f.RuleId == "CMP2001");
        Assert.Equal("absent", absent.BaselineState);
        Assert.Equal(("src/App/Hasher.cs", 10, Severity.High, "weak-hash"), (absent.File, absent.StartLine, absent.Severity, absent.Theme));
        Assert.Equal(before.Findings[1].Id, absent.Id);
        // Its message exists in both languages (a zh-CN scan re-rendered with --lang en reads in English).
        Assert.Equal(("自基线以来已修复：该问题不再出现。", "Fixed since the baseline: this finding is no longer reported."),
            (absent.MessageIn("zh-CN"), absent.MessageIn("en")));
        Assert.Equal((1, 1, 1), (after.Summary.New, after.Summary.Unchanged, after.Summary.Absent));
        // Sorted like results.json: file, line, column, rule.
        Assert.Equal(["src/App/Hasher.cs", "src/App/Settings.cs", "src/App/Users.cs"], after.Findings.Select(f => f.File));
    }

    [Fact]
    public void Without_anchor_the_line_is_the_fingerprint_so_a_shifted_finding_is_new()
    {
        var baseline = BaselineFile.Create(Result(F("CMP9001", "a.yaml", 3, "low", "parse-error")));
        var after = Result(F("CMP9001", "a.yaml", 4, "low", "parse-error"));
        Baseline.Apply(after, baseline);
        Assert.Equal(["absent", "new"], after.Findings.OrderBy(f => f.StartLine).Select(f => f.BaselineState));
    }

    [Fact]
    public void Applying_twice_does_not_duplicate_absent_entries_and_a_new_baseline_excludes_them()
    {
        var baseline = BaselineFile.Create(Result(F("CMP2001", "x.cs", 1, "high", "weak-hash", "X.M#0")));
        var after = Result();
        Baseline.Apply(after, baseline);
        Baseline.Apply(after, baseline);
        Assert.Single(after.Findings);
        Assert.Equal(1, after.Summary.Absent);
        Assert.Empty(BaselineFile.Create(after).Findings);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"schemaVersion\": 99, \"findings\": []}")]
    [InlineData("{\"schemaVersion\": 1, \"findings\": [{\"ruleId\": \"CMP1001\"}]}")]
    public void Invalid_baseline_throws_BaselineException_naming_the_file(string content)
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, content);
        var ex = Assert.Throws<BaselineException>(() => BaselineFile.Load(path));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Missing_baseline_throws_BaselineException()
    {
        var ex = Assert.Throws<BaselineException>(() => BaselineFile.Load(Path.Combine(_dir, "nope.json")));
        Assert.Contains("cannot read baseline", ex.Message);
    }
}

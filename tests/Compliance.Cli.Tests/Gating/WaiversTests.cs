namespace Compliance.Cli.Tests.Gating;

using Compliance.Cli.Gating;
using Compliance.Rules.Configuration;
using Compliance.Rules.Model;
using static GatingFixtures;

public sealed class WaiversTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void Matching_live_waiver_suppresses_externally_with_reason_owner_and_expiry()
    {
        var result = Result(
            F("CMP1001", "src/Legacy/Old.cs", 3, "critical", "secret"),
            F("CMP1001", "src/App/New.cs", 3, "critical", "secret"),
            F("CMP2001", "src/Legacy/Old.cs", 9, "high", "weak-hash"));
        Waivers.Apply(result, [new WaiverEntry("CMP1001", "src/Legacy/**", "rotated, removed in Q3", "sec-team", new DateOnly(2026, 9, 30))], Today);

        var s = result.Findings[0].Suppression!;
        Assert.Equal(("external", "rotated, removed in Q3", "sec-team", "2026-09-30"), (s.Kind, s.Justification, s.Owner, s.Expires));
        Assert.Null(result.Findings[1].Suppression); // other path
        Assert.Null(result.Findings[2].Suppression); // other rule
        Assert.Empty(result.Notices);
    }

    [Theory]
    [InlineData("**/*.cs", "src/a/b.cs", true)]
    [InlineData("src/*.cs", "src/a/b.cs", false)]
    [InlineData("src/", "src/a/b.cs", true)]
    [InlineData("./deploy/k8s/*.yaml", "deploy/k8s/db.yaml", true)]
    [InlineData("deploy/k8s/*.yaml", "deploy/k8s/db.yml", false)]
    public void Path_globs_follow_FileSystemGlobbing(string glob, string file, bool waived)
    {
        var result = Result(F("CMP5301", file, 1, "high", "tls"));
        Waivers.Apply(result, [new WaiverEntry("CMP5301", glob, "r", "o", null)], Today);
        Assert.Equal(waived, result.Findings[0].Suppression is not null);
    }

    [Fact]
    public void Expired_waiver_unsuppresses_and_adds_one_notice_without_theme()
    {
        var result = Result(F("CMP1001", "src/Legacy/Old.cs", 3, "critical", "secret"), F("CMP1001", "src/Legacy/Old2.cs", 3, "critical", "secret"));
        result.Findings[0].Suppression = new Suppression { Kind = "external", Justification = "stale" };
        Waivers.Apply(result, [new WaiverEntry("CMP1001", "src/Legacy/**", "legacy", "alice", new DateOnly(2026, 5, 31))], Today);

        Assert.All(result.Findings, f => Assert.Null(f.Suppression));
        var notice = Assert.Single(result.Notices);
        Assert.Equal("CMP9003", notice.Code);
        // Both languages are stored; the message is the scan's (zh-CN by default).
        Assert.Equal(notice.Messages!.Zh, notice.Message);
        foreach (var text in new[] { notice.Messages.Zh, notice.Messages.En })
        {
            Assert.Contains("CMP1001", text);
            Assert.Contains("2026-05-31", text);
            Assert.Contains("alice", text);
        }
        Assert.Contains("2 finding(s)", notice.Messages.En);
        Assert.Contains("2 个发现", notice.Messages.Zh);
        Assert.Equal("src/Legacy/Old.cs", notice.File);
        Assert.Equal(0, GateEvaluator.Evaluate(Result(), FailOnSpec.Parse([])));
        Assert.Equal(1, GateEvaluator.Evaluate(result, FailOnSpec.Parse([])));
    }

    [Fact]
    public void Waiver_expiring_today_still_applies()
    {
        var result = Result(F("CMP1001", "a.cs", 1, "critical", "secret"));
        Waivers.Apply(result, [new WaiverEntry("CMP1001", "a.cs", "r", "o", Today)], Today);
        Assert.NotNull(result.Findings[0].Suppression);
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void In_source_suppressions_are_kept()
    {
        var result = Result(F("CMP2001", "a.cs", 1, "high", "weak-hash"));
        result.Findings[0].Suppression = new Suppression { Kind = "inSource" };
        Waivers.Apply(result, [new WaiverEntry("*", "**/*", "r", "o", new DateOnly(2000, 1, 1))], Today);
        Assert.Equal("inSource", result.Findings[0].Suppression!.Kind);
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void Negated_glob_is_a_config_error()
    {
        Assert.Throws<ConfigException>(() => Waivers.Apply(Result(), [new WaiverEntry("CMP1001", "!src/**", "r", "o", null)], Today));
    }
}

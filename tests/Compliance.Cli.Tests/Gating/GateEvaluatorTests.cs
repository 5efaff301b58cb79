namespace Compliance.Cli.Tests.Gating;

using Compliance.Cli.Gating;
using Compliance.Rules.Model;
using static GatingFixtures;

public sealed class GateEvaluatorTests
{
    [Theory]
    [InlineData(new string[0], "high", 1)]
    [InlineData(new string[0], "medium", 0)]
    [InlineData(new[] { "none" }, "critical", 0)]
    [InlineData(new[] { "low" }, "low", 1)]
    [InlineData(new[] { "critical" }, "high", 0)]
    [InlineData(new[] { "CRITICAL" }, "critical", 1)]
    [InlineData(new[] { "none", "secret=low" }, "low", 1)]
    [InlineData(new[] { "none,secret=low" }, "low", 1)]
    [InlineData(new[] { "low", "secret=none" }, "critical", 0)]
    [InlineData(new[] { "weak-hash=low" }, "medium", 0)] // per-theme entry for another theme: default (high) for secrets
    public void Exit_code_follows_fail_on_for_one_secret(string[] failOn, string severity, int expected)
    {
        var result = Result(F("CMP1001", "a.cs", 1, severity, "secret"));
        Assert.Equal(expected, GateEvaluator.Evaluate(result, FailOnSpec.Parse(failOn)));
    }

    [Fact]
    public void Suppressed_findings_do_not_count()
    {
        var result = Result(F("CMP1001", "a.cs", 1, "critical", "secret"));
        result.Findings[0].Suppression = new Suppression { Kind = "external", Justification = "r" };
        Assert.Equal(0, GateEvaluator.Evaluate(result, FailOnSpec.Parse(["low"])));
    }

    [Fact]
    public void With_a_baseline_only_new_findings_count()
    {
        var old = F("CMP1001", "a.cs", 1, "critical", "secret", "A.K#0");
        var baseline = BaselineFile.Create(Result(old, F("CMP2001", "b.cs", 1, "critical", "weak-hash", "B.H#0")));
        var unchangedOnly = Result(F("CMP1001", "a.cs", 30, "critical", "secret", "A.K#0"));
        Baseline.Apply(unchangedOnly, baseline); // one unchanged, one absent
        Assert.Equal(0, GateEvaluator.Evaluate(unchangedOnly, FailOnSpec.Parse(["low"])));

        var withNew = Result(F("CMP1001", "a.cs", 30, "critical", "secret", "A.K#0"), F("CMP3001", "c.cs", 2, "medium", "pii", "C.L#0"));
        Baseline.Apply(withNew, baseline);
        Assert.Equal(0, GateEvaluator.Evaluate(withNew, FailOnSpec.Parse(["high"])));
        Assert.Equal(1, GateEvaluator.Evaluate(withNew, FailOnSpec.Parse(["medium"])));
        Assert.Equal(["CMP3001"], GateEvaluator.Failing(withNew, FailOnSpec.Parse(["medium"])).Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("severe")]
    [InlineData("secrets=low")]
    [InlineData("secret=sometimes")]
    public void Bad_values_throw_FailOnSpecException(string value)
    {
        var ex = Assert.Throws<FailOnSpecException>(() => FailOnSpec.Parse([value]));
        Assert.Contains(value, ex.Message);
    }

    [Fact]
    public void Spec_reads_last_value_per_scope()
    {
        var spec = FailOnSpec.Parse(["low", "critical", "secret=medium", "pii=low,secret=high"]);
        Assert.Equal(Severity.Critical, spec.Default);
        Assert.Equal(Severity.High, spec.ThresholdFor("secret"));
        Assert.Equal(Severity.Low, spec.ThresholdFor("pii"));
        Assert.Equal(Severity.Critical, spec.ThresholdFor("tls"));
        Assert.Equal("critical,pii=low,secret=high", spec.ToString());
    }
}

/// <summary>DECISIONS.md "Precision and context": a low-precision result is listed but never counts.</summary>
public sealed class LowPrecisionGatingTests
{
    [Fact]
    public void Low_precision_results_never_gate_and_are_counted_apart()
    {
        var low = F("CMP3001", "Svc.cs", 3, "medium", "pii");
        low.Precision = Precisions.Low;
        var high = F("CMP1001", "a.cs", 1, "medium", "secret");
        var result = Result(low, high);

        Assert.Equal(GateEvaluator.Pass, GateEvaluator.Evaluate(result, FailOnSpec.Parse(["none", "pii=low"])));
        Assert.Equal(GateEvaluator.Fail, GateEvaluator.Evaluate(result, FailOnSpec.Parse(["medium"])));
        Assert.Equal(["CMP1001"], GateEvaluator.Failing(result, FailOnSpec.Parse(["low"])).Select(f => f.RuleId));

        Compliance.Cli.Scanning.PostProcess.Summarise(result);
        Assert.Equal(1, result.Summary.Medium);
        Assert.Equal(1, result.Summary.LowPrecision);
    }
}

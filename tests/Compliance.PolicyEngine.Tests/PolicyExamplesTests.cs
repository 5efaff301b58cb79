namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

/// <summary>
/// Kyverno-test-style runner: every <c>rules/policies/**/policy.yaml</c> lists example cases (folders
/// beside it, each a mini scan root); each case must yield exactly the expected "path:line" findings
/// of that policy's rule. One theory row per case so a failure names the policy and the case.
/// </summary>
public class PolicyExamplesTests
{
    public sealed class PolicyDoc
    {
        public string Id { get; set; } = "";
        public string Theme { get; set; } = "";
        public List<ExampleDoc> Examples { get; set; } = [];
    }

    public sealed class ExampleDoc
    {
        public string Case { get; set; } = "";
        public List<string> Expect { get; set; } = [];
    }

    private static readonly IDeserializer s_yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static string PoliciesRoot => Path.Combine(RepoPaths.Root, "rules", "policies");

    private static IEnumerable<(string File, PolicyDoc Doc)> Policies() =>
        Directory.EnumerateFiles(PoliciesRoot, "policy.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (f, s_yaml.Deserialize<PolicyDoc>(File.ReadAllText(f)) ?? new PolicyDoc()));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, doc) in Policies())
            foreach (var ex in doc.Examples)
                data.Add(Path.GetRelativePath(PoliciesRoot, Path.GetDirectoryName(file)!).Replace('\\', '/'), ex.Case);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExampleCaseYieldsExactlyTheExpectedFindings(string policy, string caseName)
    {
        var policyDir = Path.Combine(PoliciesRoot, policy);
        var doc = s_yaml.Deserialize<PolicyDoc>(File.ReadAllText(Path.Combine(policyDir, "policy.yaml")));
        var example = doc.Examples.Single(e => e.Case == caseName);
        var caseDir = Path.Combine(policyDir, caseName);
        Assert.True(Directory.Exists(caseDir), $"{policy}: case folder {caseName} is missing");
        var files = Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories)
            .Select(f => new ConfigFile(Path.GetRelativePath(caseDir, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        Assert.NotEmpty(files);

        var result = PolicyEvaluator.Evaluate(files);

        // A policy example is a well-formed file (CMP9001: parse error) that no check crashes on (CMP9099).
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "CMP9001" or "CMP9099");
        var actual = result.Findings.Where(f => f.RuleId == doc.Id).Select(f => $"{f.File}:{f.StartLine}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(example.Expect.Order(StringComparer.Ordinal).ToList(), actual);
        // Every finding of the rule says something and never leaves the case's files.
        foreach (var f in result.Findings.Where(f => f.RuleId == doc.Id))
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.MessageZh), $"{policy} {caseName}: {f.File}:{f.StartLine} has no zh-CN message");
            Assert.Contains(files, x => x.Path == f.File);
        }
        if (caseName.StartsWith("fail/", StringComparison.Ordinal)) Assert.NotEmpty(example.Expect);
        if (caseName.StartsWith("pass/", StringComparison.Ordinal)) Assert.Empty(example.Expect);
    }

    [Fact]
    public void EveryPolicyHasPassAndFailExamples()
    {
        foreach (var (file, doc) in Policies())
        {
            Assert.True(doc.Examples.Any(e => e.Case.StartsWith("fail/", StringComparison.Ordinal)), $"{file}: no fail example");
            Assert.True(doc.Examples.Any(e => e.Case.StartsWith("pass/", StringComparison.Ordinal)), $"{file}: no pass example");
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(file)), doc.Id);
        }
    }

    [Fact]
    public void PolicyIdsAndRegisteredChecksAgree()
    {
        var policyIds = Policies().Select(p => p.Doc.Id).ToHashSet(StringComparer.Ordinal);
        var checkIds = PolicyEvaluator.Checks.SelectMany(c => c.RuleIds).ToHashSet(StringComparer.Ordinal);
        // Tool notices (CMP9xxx, e.g. CMP9001 parse errors) are catalogued as diagnostics, not policies.
        var notices = checkIds.Where(id => id.StartsWith("CMP9", StringComparison.Ordinal)).ToList();
        foreach (var id in notices)
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "rules", "diagnostics", id + ".yaml")), $"{id} has no rules/diagnostics/{id}.yaml");
        Assert.Empty(checkIds.Except(policyIds).Except(notices).Order(StringComparer.Ordinal)); // a check reports an id with no policy.yaml
        Assert.Empty(policyIds.Except(checkIds).Order(StringComparer.Ordinal));   // a policy.yaml no check implements
    }
}

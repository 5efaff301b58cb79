namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Documents;

/// <summary>
/// Runs the pass/fail examples of the YAML/JSON policies (Kubernetes, Compose, ASP.NET, Keycloak)
/// and asserts each case yields exactly the expected lines for that rule. (The generic runner
/// covers every policy; this one fails with a focused message while these rules evolve.)
/// </summary>
public class YamlJsonPolicyExampleTests
{
    private static readonly string[] s_ids =
    [
        "CMP5003", "CMP5104", "CMP5105", "CMP5106", "CMP5107", "CMP5303", "CMP5304", "CMP5305", "CMP5306", "CMP5307", "CMP5308",
        "CMP5401", "CMP5402", "CMP5403", "CMP5404", "CMP5405", "CMP5406", "CMP5501", "CMP5502", "CMP5503", "CMP5504",
        "CMP5603", "CMP5604", "CMP5605", "CMP5606", "CMP5607",
    ];

    internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(RepoRoot(), "rules", "policies");
        foreach (var policy in Directory.EnumerateFiles(root, "policy.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(Path.GetDirectoryName(policy))!;
            if (!s_ids.Contains(id)) continue;
            foreach (var (c, _) in Examples(policy)) data.Add(id, c);
        }
        return data;
    }

    private static IEnumerable<(string Case, List<string> Expect)> Examples(string policyFile)
    {
        var parsed = YamlReader.Read(policyFile, File.ReadAllText(policyFile));
        if (parsed.Error is { } e) throw new InvalidOperationException($"{policyFile}:{e.Line}: {e.Message}");
        var doc = (MapNode)parsed.Documents[0].Root!;
        foreach (var ex in doc.Seq("examples").Maps())
            yield return (ex.Str("case")!, ex["expect"].Strings().ToList());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExampleYieldsExactlyTheExpectedLines(string id, string caseName)
    {
        var dir = Directory.EnumerateDirectories(Path.Combine(RepoRoot(), "rules", "policies"), id, SearchOption.AllDirectories).Single();
        var expect = Examples(Path.Combine(dir, "policy.yaml")).Single(e => e.Case == caseName).Expect;
        var caseDir = Path.Combine(dir, caseName);
        var files = Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories)
            .Select(f => new ConfigFile(Path.GetRelativePath(caseDir, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();
        var result = PolicyEvaluator.Evaluate(files);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "CMP9001" or "CMP9099");
        var actual = result.Findings.Where(f => f.RuleId == id).Select(f => $"{f.File}:{f.StartLine}").ToList();
        Assert.Equal(expect.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }
}

namespace Compliance.Rules.Tests;

using Compliance.GenerateRules;

/// <summary>
/// rules/diagnostics/*.yaml and rules/policies/**/policy.yaml are the only source of rule metadata: the
/// analyzers' RuleIdentifiers, descriptors, severities, texts (both languages) and the docs pages'
/// headers are generated from them and committed. This fails when someone edits one without the other.
/// </summary>
public class RuleMetadataIsGeneratedTests
{
    [Fact]
    public void Committed_files_equal_what_the_generator_writes()
    {
        var stale = new List<string>();
        foreach (var (path, expected) in RuleMetadataGenerator.Generate(RepoPaths.Root))
        {
            var full = Path.Combine(RepoPaths.Root, path);
            if (!File.Exists(full)) stale.Add(path + " (missing)");
            else if (File.ReadAllText(full).ReplaceLineEndings("\n") != expected) stale.Add(path);
        }
        Assert.True(stale.Count == 0,
            $"Generated rule files are out of date; run `{RuleMetadataGenerator.Command}` from the repository root and commit the result:\n  "
            + string.Join("\n  ", stale));
    }

    [Fact]
    public void Every_analyzer_rule_gets_a_descriptor_and_both_languages()
    {
        var files = RuleMetadataGenerator.Generate(RepoPaths.Root);
        var en = files["analyzers/Compliance.Analyzers/RuleResources.resx"];
        var zh = files["analyzers/Compliance.Analyzers/RuleResources.zh-Hans.resx"];
        var descriptors = string.Concat(files.Where(f => f.Key.EndsWith("Descriptors.g.cs", StringComparison.Ordinal)).Select(f => f.Value));
        // CMP2003: its message is one of its `messages` (format "{0}"); its title is the catalog's.
        Assert.Contains("<data name=\"CMP2003_Title\" xml:space=\"preserve\"><value>Weak password key derivation settings</value></data>", en);
        Assert.Contains("<data name=\"CMP2003_Title\" xml:space=\"preserve\"><value>口令密钥派生参数过弱</value></data>", zh);
        Assert.Contains("<data name=\"CMP2003_LowIterations\"", zh);
        Assert.Contains("public static readonly DiagnosticDescriptor WeakKeyDerivation = new DiagnosticDescriptor(\n            RuleIdentifiers.WeakKeyDerivation,\n            RuleTexts.L(\"CMP2003_Title\"),\n            RuleTexts.L(\"Reason_Message\"),", descriptors);
        // CMP2090 is off by default and informational in builds; observations are hidden.
        Assert.Contains("DiagnosticSeverity.Info,\n            isEnabledByDefault: false,\n            description: RuleTexts.L(\"CMP2090_Description\")", descriptors);
        Assert.Contains("DiagnosticSeverity.Hidden,\n            isEnabledByDefault: true,\n            description: RuleTexts.L(\"CMP2990_Description\")", descriptors);
        Assert.Contains("new KeyValuePair<string, string>(RuleIdentifiers.FastHashOfPassword, \"critical\")", descriptors);
    }

    [Fact]
    public void A_docs_page_keeps_its_hand_written_body_below_the_generated_header()
    {
        var page = RuleMetadataGenerator.Generate(RepoPaths.Root)["docs/rules/CMP5201.md"];
        Assert.StartsWith("<!-- generated:begin from rules/policies/ssh-hardening/CMP5201/policy.yaml", page, StringComparison.Ordinal);
        Assert.Contains("| Severity | high |\n", page);
        Assert.Contains("| Implemented as | policy-engine check `SshdPasswordAuthenticationCheck` |\n", page);
        var end = page.IndexOf("<!-- generated:end -->", StringComparison.Ordinal);
        Assert.True(end > 0);
        Assert.Contains("## What it finds", page[end..]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "^# CMP5201", System.Text.RegularExpressions.RegexOptions.Multiline));
    }
}

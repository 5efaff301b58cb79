namespace Compliance.Rules.Tests;

using Compliance.GenerateRules;

/// <summary>
/// Merging a branch written before the YAML was the source: its new rule's constant and texts are copied
/// from that branch's RuleIdentifiers.cs and resx into the YAML (scripts/generate-rules --import-from).
/// </summary>
public sealed class ResxImportTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rulemeta-import-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(dir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Resx(params (string Key, string Value)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
        + string.Concat(entries.Select(e => $"  <data name=\"{e.Key}\" xml:space=\"preserve\"><value>{System.Net.WebUtility.HtmlEncode(e.Value)}</value></data>\n"))
        + "</root>\n";

    [Fact]
    public void A_new_rule_gets_its_analyzer_block_from_the_old_resx_and_an_existing_block_is_left_alone()
    {
        const string newRule = "id: CMP2005\nkind: analyzer\ntheme: weak-hash\nseverity: medium\n";
        const string oldRule = "id: CMP2004\nkind: analyzer\ntheme: weak-hash\nseverity: high\n\nanalyzer:\n  name: WeakCipher\n  description:\n    zh: \"旧\"\n    en: \"Old text\"\n";
        Write("repo/rules/diagnostics/CMP2005.yaml", newRule);
        Write("repo/rules/diagnostics/CMP2004.yaml", oldRule);
        Write("old/analyzers/Compliance.Analyzers/RuleIdentifiers.cs",
            "public const string WeakCipher = \"CMP2004\";\npublic const string InsecureRandom = \"CMP2005\";\n");
        Write("old/analyzers/Compliance.Analyzers/Hashing/HashingDescriptors.cs",
            "Make(RuleIdentifiers.InsecureRandom, \"CMP2005_Message\", DiagnosticSeverity.Info, enabled: false);");
        Write("old/analyzers/Compliance.Analyzers/Hashing/HashingResources.resx", Resx(
            ("CMP2005_Title", "Random for keys"), ("CMP2005_Message", "{0} is \"predictable\" <here>"), ("CMP2005_Description", "Use RandomNumberGenerator."),
            ("Fix_Other", "not a rule text"), ("CMP2004_Description", "Newer text")));
        Write("old/analyzers/Compliance.Analyzers/Hashing/HashingResources.zh-Hans.resx", Resx(
            ("CMP2005_Title", "随机数"), ("CMP2005_Message", "{0} 可预测"), ("CMP2005_Description", "请使用 RandomNumberGenerator。")));

        var log = new StringWriter();
        var written = ResxImport.Run(Path.Combine(dir, "repo"), Path.Combine(dir, "old"), log);

        Assert.Equal(["rules/diagnostics/CMP2005.yaml"], written);
        Assert.Equal(newRule + """

            # What the analyzer needs (generated into RuleIdentifiers, <Theme>Descriptors and RuleResources: scripts/generate-rules).
            analyzer:
              name: InsecureRandom
              buildSeverity: info
              message:
                zh: "{0} 可预测"
                en: "{0} is \"predictable\" <here>"
              description:
                zh: "请使用 RandomNumberGenerator。"
                en: "Use RandomNumberGenerator."

            """.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(dir, "repo/rules/diagnostics/CMP2005.yaml")));
        Assert.Equal(oldRule, File.ReadAllText(Path.Combine(dir, "repo/rules/diagnostics/CMP2004.yaml")));
        Assert.Equal("  CMP2004: CMP2004_Description differs in " + Path.Combine(dir, "old") + "; edit rules/diagnostics/CMP2004.yaml by hand if that text is the newer one\n",
            log.ToString().ReplaceLineEndings("\n"));
    }
}

namespace Compliance.Rules.Tests;

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Compliance.Rules.Catalog;
using Compliance.Rules.Configuration;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

/// <summary>
/// schemas/*.schema.json are what editors validate users' files with: every such file in the
/// repository must pass, and each schema's keys must equal what the loaders accept, so the two cannot drift.
/// </summary>
public sealed class SchemaTests
{
    private static string SchemaPath(string name) => Path.Combine(RepoPaths.Root, "schemas", name);

    private static JsonSchema Load(string name) => JsonSchema.FromFileAsync(SchemaPath(name)).GetAwaiter().GetResult();

    /// <summary>YAML → JSON the way yaml-language-server reads it (YAML 1.2 core: only true/false are booleans).</summary>
    internal static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? "null" : (Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s => s.Value switch
        {
            null or "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            var v when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            var v => JsonValue.Create(v),
        },
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        _ => throw new InvalidOperationException(node.NodeType.ToString()),
    };

    private static string Errors(JsonSchema schema, string yaml) =>
        string.Join("\n", schema.Validate(YamlToJson(yaml)).Select(e => $"{e.Path}: {e.Kind}"));

    private static SortedSet<string> PropertyNames(JsonSchema schema) => new(schema.Properties.Keys, StringComparer.Ordinal);

    /// <summary>The ```yaml example of docs/configuration.md.</summary>
    private static string DocumentedExample()
    {
        var md = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        return Regex.Match(md, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    [Fact]
    public void Compliance_schema_keys_equal_the_loaders_accepted_keys()
    {
        var schema = Load("compliance.schema.json");
        Assert.Equal(new SortedSet<string>(ComplianceConfig.AcceptedKeys[""], StringComparer.Ordinal), PropertyNames(schema));
        Assert.Equal(new SortedSet<string>(ComplianceConfig.AcceptedKeys["thresholds"], StringComparer.Ordinal), PropertyNames(schema.Properties["thresholds"]));
        Assert.Equal(new SortedSet<string>(ComplianceConfig.AcceptedKeys["waivers[]"], StringComparer.Ordinal), PropertyNames(schema.Properties["waivers"].Item!));
        // Nothing the loader accepts at a deeper level is missing from this test.
        Assert.Equal(["", "thresholds", "waivers[]"], ComplianceConfig.AcceptedKeys.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample_documented_and_starter_compliance_yaml_pass_the_schema_and_the_loader()
    {
        var schema = Load("compliance.schema.json");
        var files = new Dictionary<string, string>
        {
            ["samples/compliance.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "compliance.yaml")),
            ["docs/configuration.md example"] = DocumentedExample(),
            ["compliance init starter"] = StarterConfig.Text,
        };
        foreach (var (name, yaml) in files)
        {
            Assert.True(yaml.Length > 50, name);
            Assert.True(Errors(schema, yaml) == "", $"{name}:\n{Errors(schema, yaml)}");
            ComplianceConfig.Parse(yaml, name); // throws ConfigException when the loader disagrees
        }
    }

    [Theory]
    [InlineData("waiver:\n  - rule: CMP1001\n", "waiver")]                                   // misspelt key
    [InlineData("maxFileSizeMb: 0\n", "maxFileSizeMb")]                                      // out of range
    [InlineData("thresholds:\n  maxAuthTries: 4\n  maxAuthTry: 3\n", "maxAuthTry")]          // unknown threshold
    [InlineData("waivers:\n  - rule: CMP1001\n    reason: r\n", "owner")]                    // waiver without owner
    [InlineData("secretAllowlist:\n  - hunter2\n", "secretAllowlist")]                       // a value, not a digest
    [InlineData("passwordHashProfile: md5\n", "passwordHashProfile")]
    public void Schema_and_loader_both_reject_a_broken_compliance_yaml(string yaml, string what)
    {
        var schema = Load("compliance.schema.json");
        Assert.NotEqual("", Errors(schema, yaml));
        var ex = Assert.Throws<ConfigException>(() => ComplianceConfig.Parse(yaml));
        Assert.Contains(what, ex.Message);
    }

    private static IEnumerable<string> PolicyFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Rules, "policies"), "policy.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_policy_yaml_in_the_repository_passes_the_policy_schema()
    {
        var schema = Load("policy.schema.json");
        var files = PolicyFiles().ToList();
        Assert.True(files.Count >= 40, $"only {files.Count} policy.yaml files found");
        var failures = files.Select(f => (f, Errors(schema, File.ReadAllText(f)))).Where(x => x.Item2 != "").ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.f)}:\n{x.Item2}")));
    }

    [Fact]
    public void Policy_schema_keys_are_the_catalogs_rule_keys_plus_the_engines()
    {
        var schema = Load("policy.schema.json");
        string[] engineKeys = ["asserts", "check", "examples", "match", "when"]; // kept in RuleDefinition.Extra
        Assert.Equal(new SortedSet<string>(CatalogLoader.RuleKeys.Concat(engineKeys), StringComparer.Ordinal), PropertyNames(schema));
    }

    [Fact]
    public void Policy_schema_rejects_a_policy_without_title_and_with_an_unknown_key()
    {
        var schema = Load("policy.schema.json");
        var valid = File.ReadAllText(PolicyFiles().First());
        Assert.Equal("", Errors(schema, valid));
        var noTitle = Regex.Replace(valid, @"(?m)^title:\n(  .*\n)+", "");
        Assert.NotEqual(valid, noTitle);
        Assert.Contains("title", Errors(schema, noTitle));
        Assert.NotEqual("", Errors(schema, valid + "severty: high\n"));
    }

    [Fact]
    public void Sample_compliance_yaml_names_its_schema_and_editors_map_policy_files_to_theirs()
    {
        var first = File.ReadLines(Path.Combine(RepoPaths.Root, "samples", "compliance.yaml")).First();
        var m = Regex.Match(first, @"^# yaml-language-server: \$schema=(\S+)$");
        Assert.True(m.Success, first);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "samples", m.Groups[1].Value)), m.Groups[1].Value);
        Assert.StartsWith("# yaml-language-server: $schema=" + StarterConfig.SchemaUrl + "\n", StarterConfig.Text.ReplaceLineEndings("\n"));

        // Policy files are mapped by glob in the workspace settings (no comment in 43 catalog files).
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Equal("rules/policies/*/*/policy.yaml", (string)settings["./schemas/policy.schema.json"]!);
    }
}

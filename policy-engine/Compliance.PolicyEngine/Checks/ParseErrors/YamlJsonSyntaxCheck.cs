namespace Compliance.PolicyEngine.Checks.ParseErrors;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// CMP9001: a YAML/JSON file that cannot be parsed gets exactly one finding at the defect's
/// line; the index drops it, so no other check sees (or reports into) it.
/// </summary>
public sealed class YamlJsonSyntaxCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP9001"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var index = ConfigIndex.Of(documents);
        foreach (var p in index.Parsed)
        {
            report.Examined(Themes.ParseError, p.Path);
            if (p.Error is not { } e) continue;
            var what = p.Format == DocFormat.Yaml ? "YAML" : "JSON";
            report.Add(DocFindings.At("CMP9001", p.Path, e.Line, e.Column,
                $"{what} syntax error: {e.Message} Its settings were not judged (the secret scan still read it as text); fix the syntax so they can be.",
                $"parse:{what.ToLowerInvariant()}").Zh(
                // The parser's own text is English: the zh message gives the position instead.
                $"{what} 语法错误（第 {e.Line} 行第 {e.Column} 列）。其中的配置未被评估（密钥扫描仍按文本读取了该文件）；请修正语法，以便评估这些配置。"));
        }
    }
}

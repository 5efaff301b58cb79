namespace Compliance.PolicyEngine.Documents;

using Compliance.Rules.Model;

/// <summary>Builds findings for YAML/JSON checks: line/column of a node, never a value in the message.</summary>
public static class DocFindings
{
    public static Finding At(string ruleId, string file, int line, int column, string message, string anchor, string evidence = "") => new()
    {
        RuleId = ruleId, File = file, StartLine = Math.Max(1, line), StartColumn = Math.Max(1, column),
        EndLine = Math.Max(1, line), EndColumn = Math.Max(1, column), Message = message, Anchor = anchor, Evidence = evidence,
    };

    public static Finding At(string ruleId, string file, DocNode node, string message, string anchor, string evidence = "") =>
        At(ruleId, file, node.Line, node.Column, message, anchor, evidence);
}

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

/// <summary>
/// Enforces "at most one result per rule per file (per Kubernetes document)" (DECISIONS): checks add
/// every violation they see, and the first one (lowest line) of each rule/file/document is kept.
/// </summary>
public sealed class FindingBuffer
{
    private readonly Dictionary<(string Rule, string File, string Doc), Finding> _best = [];

    public void Add(Finding f, string documentKey = "")
    {
        var key = (f.RuleId, f.File, documentKey);
        if (!_best.TryGetValue(key, out var have) || (f.StartLine, f.StartColumn).CompareTo((have.StartLine, have.StartColumn)) < 0)
            _best[key] = f;
    }

    public void Add(Finding f, int documentIndex) => Add(f, documentIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void FlushTo(PolicyReport report)
    {
        foreach (var f in _best.Values) report.Add(f);
        _best.Clear();
    }
}

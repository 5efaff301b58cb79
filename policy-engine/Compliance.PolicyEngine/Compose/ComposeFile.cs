namespace Compliance.PolicyEngine.Compose;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>A production Compose file (policy-defaults §1: dev/local/override files are never built).</summary>
public sealed record ComposeFile(string File, MapNode Root)
{
    public IEnumerable<ComposeService> Services =>
        Root.Map("services")?.Entries.Where(e => e.Value is MapNode).Select(e => new ComposeService(this, e.Key, (MapNode)e.Value)) ?? [];
}

/// <summary>One service: its key (where "service lacks X" findings point) and body.</summary>
public sealed record ComposeService(ComposeFile File, ScalarNode Key, MapNode Body)
{
    public string Name => Key.Value;
    public string? Image => Body.Str("image");
    public string Anchor(string path) => $"compose:services.{Name}{(path.Length > 0 ? "." + path : "")}";

    /// <summary>Environment as a map (both the list form KEY=VALUE and the map form), with each value's node.</summary>
    public IReadOnlyDictionary<string, ScalarNode> Environment
    {
        get
        {
            var d = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
            switch (Body["environment"])
            {
                case MapNode m:
                    foreach (var e in m.Entries)
                        if (e.Value is ScalarNode s) d[e.Key.Value] = s;
                    break;
                case SeqNode seq:
                    foreach (var s in seq.Items.OfType<ScalarNode>())
                    {
                        var i = s.Value.IndexOf('=');
                        if (i > 0) d[s.Value[..i]] = new ScalarNode(s.Value[(i + 1)..], ScalarType.String) { Line = s.Line, Column = s.Column };
                    }
                    break;
            }
            return d;
        }
    }

    /// <summary>The whole command line (string or list form) as one string.</summary>
    public string Command => Body["command"] switch
    {
        ScalarNode s => s.Value,
        SeqNode q => string.Join(' ', q.Strings()),
        _ => "",
    };
}

/// <summary>
/// A finding that rests on a Compose file being the production deployment (a database with no backup, a single-container
/// database): the scan knows only that the file's name and folders do not mark it as development, test or sample
/// (DECISIONS.md "Precision and context": context comes from path segments, dev-only by file name). Local-trial
/// Compose files named plainly are common (elsa-core, OpenMU, squidex, actual-chat: judged FP), so such a finding is
/// medium precision — it still gates — and its message says on what basis the file was taken as production and how
/// to mark it otherwise.
/// </summary>
public static class ComposeProduction
{
    public static Finding Judged(Finding finding) => finding with
    {
        Precision = Precisions.Medium,
        Message = finding.Message + " (Judged a production deployment because neither the file's name nor its folders mark it as development, test or sample; name a local file docker-compose.dev.yml or docker-compose.local.yml, or set contexts: in compliance.yaml.)",
        MessageZh = finding.MessageZh is null ? null : finding.MessageZh + "（因文件名及所在目录均未标明开发、测试或示例用途，按生产部署判断；本地使用的文件请命名为 docker-compose.dev.yml 或 docker-compose.local.yml，或在 compliance.yaml 的 contexts: 中设置。）",
    };
}

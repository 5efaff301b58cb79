namespace Compliance.PolicyEngine.Compose;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>A production Compose file (policy-defaults §1: dev/local/override files are never built).</summary>
public sealed record ComposeFile(string File, MapNode Root, string Text = "")
{
    public IEnumerable<ComposeService> Services =>
        Root.Map("services")?.Entries.Where(e => e.Value is MapNode).Select(e => new ComposeService(this, e.Key, (MapNode)e.Value)) ?? [];

    /// <summary>The environment variables that name the application's environment (.NET, Node, Rails, PHP frameworks).</summary>
    private static readonly string[] EnvironmentKeys = ["ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "NODE_ENV", "RAILS_ENV", "APP_ENV"];

    /// <summary>
    /// What the file itself says about being a local or development setup, in fixed words (en, zh), or null: a service that
    /// sets <c>ASPNETCORE_ENVIRONMENT</c> (or its peers) to Development/dev/local (elsa-core's Datadog trial compose), or a
    /// comment heading the file that says it is for local development (elsa-core's docker/docker-compose.yml). Neither is
    /// context (DECISIONS.md: context only from path segments and file names); it is what the detector may believe about a
    /// file it was about to call production, so it sets precision and the message.
    /// </summary>
    public (string En, string Zh)? DevelopmentSignal()
    {
        foreach (var svc in Services.OrderBy(s => s.Key.Line))
            foreach (var key in EnvironmentKeys)
                if (svc.Environment.TryGetValue(key, out var v) && v.Value.Trim() is var value
                    && (value.Equals("Development", StringComparison.OrdinalIgnoreCase) || value.Equals("dev", StringComparison.OrdinalIgnoreCase)
                        || value.Equals("local", StringComparison.OrdinalIgnoreCase)))
                    return ($"service '{svc.Name}' sets {key}={value}", $"服务 '{svc.Name}' 设置了 {key}={value}");
        if (HeaderSaysLocal(Text))
            return ("the comment heading the file says it is for local development", "文件开头的注释说明它用于本地开发");
        return null;
    }

    // the comment lines before the first YAML line: "for local development", "local development only", "not for production"
    private static bool HeaderSaysLocal(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            if (!line.StartsWith('#')) return false;
            if (line.Contains("local development", StringComparison.OrdinalIgnoreCase) || line.Contains("not for production", StringComparison.OrdinalIgnoreCase)
                || line.Contains("development only", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
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
    public static Finding Judged(Finding finding, ComposeFile file) => file.DevelopmentSignal() is { } signal
        ? finding with
        {
            // The file says it is local: the production reading is a guess against the file's own words. Listed, not gated.
            Precision = Precisions.Low,
            Message = finding.Message + $" (Low precision: {signal.En}, so this reads as a local or trial setup, although neither the file's name nor its folders mark it as one; if it is deployed, add the database's backup and failover, else name it docker-compose.dev.yml or docker-compose.local.yml.)",
            MessageZh = finding.MessageZh is null ? null : finding.MessageZh + $"（低精度：{signal.Zh}，看起来是本地或试用环境，尽管文件名及所在目录均未如此标明；若该文件用于部署，请为数据库配置备份与故障切换，否则请将其命名为 docker-compose.dev.yml 或 docker-compose.local.yml。）",
        }
        : Judged(finding);

    public static Finding Judged(Finding finding) => finding with
    {
        Precision = Precisions.Medium,
        Message = finding.Message + " (Judged a production deployment because neither the file's name nor its folders mark it as development, test or sample; name a local file docker-compose.dev.yml or docker-compose.local.yml, or set contexts: in compliance.yaml.)",
        MessageZh = finding.MessageZh is null ? null : finding.MessageZh + "（因文件名及所在目录均未标明开发、测试或示例用途，按生产部署判断；本地使用的文件请命名为 docker-compose.dev.yml 或 docker-compose.local.yml，或在 compliance.yaml 的 contexts: 中设置。）",
    };
}

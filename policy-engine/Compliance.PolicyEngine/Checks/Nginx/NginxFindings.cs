namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// Adds nginx findings once per rule, file and line: a snippet included into several servers is
/// judged in each context but reported once at the line where it is written.
/// </summary>
internal sealed class NginxFindings(PolicyReport report, string ruleId, string theme)
{
    private readonly HashSet<(string, int)> _seen = [];

    public void Examined(NginxConfig config)
    {
        foreach (var f in config.Files) report.Examined(theme, f);
    }

    public void Add(NginxDirective at, string message, string messageZh, string anchor)
    {
        if (!_seen.Add((at.File, at.Line))) return;
        report.Add(new Finding
        {
            RuleId = ruleId, File = at.File, StartLine = at.Line, StartColumn = 1, EndLine = at.Line, EndColumn = 1,
            Message = message, MessageZh = messageZh, Evidence = Trim($"{at.Name} {string.Join(' ', at.Args)}"), Anchor = anchor,
        });
    }

    /// <summary>Positive evidence: the directive (or server) this rule judged and accepted.</summary>
    public void Observe(NginxDirective at) => report.Observe(ruleId, at.File, at.Line);

    private static string Trim(string s) => s.Length > 200 ? s[..200] + "…" : s;

    /// <summary>"nginx:ssl_protocols@server shop.example.com:443" — stable across line moves.</summary>
    public static string ServerName(NginxDirective server)
    {
        var name = server.First("server_name")?.Args.FirstOrDefault() ?? "_";
        var listen = server.First("listen")?.Args.FirstOrDefault() ?? "80";
        return $"server {name} {listen}";
    }
}

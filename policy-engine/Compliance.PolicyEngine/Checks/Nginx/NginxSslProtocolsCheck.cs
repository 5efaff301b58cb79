namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// CMP5301: a server with an ssl/quic listen must have an effective ssl_protocols (its own, else
/// http's) listing only TLSv1.2/TLSv1.3; none set means nginx's pre-1.23.4 default with TLSv1/1.1.
/// </summary>
public sealed class NginxSslProtocolsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5301"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var findings = new NginxFindings(report, "CMP5301", Themes.Tls);
        foreach (var config in NginxConfig.AllIn(documents))
        {
            findings.Examined(config);
            foreach (var server in config.Servers.Where(NginxSemantics.IsTlsServer))
            {
                var anchor = "nginx:ssl_protocols@" + NginxFindings.ServerName(server);
                var protocols = NginxSemantics.Inherited(server, "ssl_protocols").LastOrDefault();
                if (protocols is null)
                {
                    findings.Add(server, "This TLS server has no ssl_protocols (here or in http), so nginx before 1.23.4 (Debian 12, Ubuntu 22.04) also offers TLSv1 and TLSv1.1; add 'ssl_protocols TLSv1.2 TLSv1.3;'.",
                        "该 TLS server 未设置 ssl_protocols（server 与 http 中均无），1.23.4 之前的 nginx（Debian 12、Ubuntu 22.04 自带）仍提供 TLSv1 和 TLSv1.1；请添加 'ssl_protocols TLSv1.2 TLSv1.3;'。", anchor);
                    continue;
                }
                if (protocols.Args.All(p => p is "TLSv1.2" or "TLSv1.3")) findings.Observe(protocols);
                else
                    findings.Add(protocols, "ssl_protocols enables a protocol older than TLS 1.2 for a TLS server; set 'ssl_protocols TLSv1.2 TLSv1.3;'.",
                        "ssl_protocols 为 TLS server 启用了低于 TLS 1.2 的协议；请设置 'ssl_protocols TLSv1.2 TLSv1.3;'。", anchor);
            }
        }
    }
}

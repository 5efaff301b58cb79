namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// CMP5302: a plain-HTTP listen on a non-loopback address may only redirect to https://, refuse, or
/// serve the ACME challenge; a server that otherwise serves content is reported at each plain listen
/// (at its server line when it has no listen at all: nginx then listens on *:80).
/// </summary>
public sealed class NginxPlainHttpCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5302"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var findings = new NginxFindings(report, "CMP5302", Themes.Tls);
        foreach (var config in NginxConfig.AllIn(documents))
        {
            findings.Examined(config);
            foreach (var server in config.Servers)
            {
                if (NginxSemantics.OnlyRedirectsOrRefuses(server))
                {
                    // A plain-HTTP server that only redirects configures "HTTP goes to HTTPS": positive evidence.
                    if (server.Child("return").FirstOrDefault() is { } ret && ret.Args.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                        findings.Observe(ret);
                    continue;
                }
                var anchor = "nginx:listen@" + NginxFindings.ServerName(server);
                const string Message = "This server serves content over plain HTTP on a network address; redirect to HTTPS ('return 301 https://$host$request_uri;') and serve the content from a TLS listener.";
                const string FixZh = "请重定向到 HTTPS（'return 301 https://$host$request_uri;'），内容只由 TLS 监听提供。";
                var listens = server.Child("listen").ToList();
                if (listens.Count == 0)
                {
                    findings.Add(server, "This server has no listen directive, so nginx serves it over plain HTTP on port 80; " + Message[Message.IndexOf("redirect", StringComparison.Ordinal)..],
                        "该 server 没有 listen 指令，nginx 在 80 端口以明文 HTTP 提供服务；" + FixZh, anchor);
                    continue;
                }
                foreach (var l in NginxSemantics.PlainNetworkListens(server))
                    findings.Add(l, Message, "该 server 在网络地址上以明文 HTTP 提供内容；" + FixZh, anchor + "#" + string.Join(' ', l.Args));
            }
        }
    }
}

namespace Compliance.PolicyEngine.Checks.Compose;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5107: every published port of a data-store service in a production Compose file must bind a
/// private host address; no host address (or a container-port-only entry) binds all interfaces.
/// </summary>
public sealed class ComposeDataStorePortsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5107"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var buffer = new FindingBuffer();
        foreach (var file in ConfigIndex.Of(documents).Compose)
        {
            report.Examined(Themes.Allowlist, file.File);
            foreach (var svc in file.Services.Where(s => DataStores.IsDataStoreImage(s.Image)))
            {
                if (svc.Body.Seq("ports") is not { } ports) continue;
                for (var i = 0; i < ports.Items.Count; i++)
                {
                    var entry = ports.Items[i];
                    var hostIp = entry switch
                    {
                        ScalarNode s => HostIp(s.Value),
                        MapNode m => m.Str("host_ip"),
                        _ => "",
                    };
                    // A private (or loopback) host address; with approved networks configured it must also be inside one of them.
                    if (hostIp is not null && hostIp.Length > 0 && NetRanges.IsPrivate(hostIp) &&
                        (hostIp is "127.0.0.1" or "::1" or "localhost" || !NetRanges.IsOpenOrUnapproved(hostIp, report.Options.ApprovedNetworks)))
                    {
                        report.Observe("CMP5107", file.File, entry.Line);
                        continue;
                    }
                    buffer.Add(DocFindings.At("CMP5107", file.File, entry,
                        $"Compose service '{svc.Name}' ({DataStores.ImageName(svc.Image!)}) publishes a port on all host interfaces; bind it to a private address such as 127.0.0.1:HOST:CONTAINER or drop the port and use the Compose network.",
                        svc.Anchor($"ports[{i}]")).Zh(
                        $"Compose 服务 '{svc.Name}'（{DataStores.ImageName(svc.Image!)}）在宿主机所有网卡上发布了端口；请绑定到内网地址（如 127.0.0.1:HOST:CONTAINER），或删除端口映射、改用 Compose 内部网络。"));
                }
            }
        }
        buffer.FlushTo(report);
    }

    /// <summary>Host address of a short-syntax entry ("[IP:][HOST:]CONTAINER[/PROTO]"), or null when none is written.</summary>
    public static string? HostIp(string entry)
    {
        var e = entry.Trim();
        var slash = e.LastIndexOf('/');
        if (slash >= 0) e = e[..slash];
        if (e.StartsWith('['))
        {
            var close = e.IndexOf(']');
            return close > 0 ? e[1..close] : null;
        }
        var parts = e.Split(':');
        return parts.Length >= 3 ? parts[0] : null;
    }
}

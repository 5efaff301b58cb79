namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Common;
using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// CMP5102: admin locations (a path segment starting admin/manage/console/actuator/druid/nacos/
/// phpmyadmin) and admin servers (server_name's first label starting admin/manage/console/ops) must
/// be IP-restricted: effective allow/deny ending in "deny all;", no "allow all;" (nor an open or,
/// when configured, unapproved range), and no "satisfy any;" in effect. Plain-HTTP servers that only
/// redirect/refuse are exempt. One result per server: the server_name line, else the first location.
/// </summary>
public sealed class NginxAdminAllowlistCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5102"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var findings = new NginxFindings(report, "CMP5102", Themes.Allowlist);
        var approved = report.Options.ApprovedNetworks;
        foreach (var config in NginxConfig.AllIn(documents))
        {
            findings.Examined(config);
            foreach (var server in config.Servers)
            {
                if (!NginxSemantics.IsTlsServer(server) && NginxSemantics.OnlyRedirectsOrRefuses(server)) continue;
                var anchor = "nginx:allow@" + NginxFindings.ServerName(server);
                var adminName = server.Child("server_name").FirstOrDefault(d => d.Args.Any(NginxSemantics.HostHasAdminMarker));
                if (adminName is not null)
                {
                    if (!Restricted(server, approved) || NginxSemantics.Locations(server).Any(l => !Restricted(l, approved)))
                    {
                        findings.Add(adminName, "This admin server (by its server_name) is reachable from any address; add 'allow <admin CIDR>;' and end with 'deny all;' (without 'satisfy any;').",
                            "该管理 server（按 server_name 判断）可从任意地址访问；请添加 'allow <admin CIDR>;' 并以 'deny all;' 结尾（不要使用 'satisfy any;'）。", anchor);
                    }
                    else findings.Observe(adminName);
                    continue;
                }
                var bad = NginxSemantics.Locations(server)
                    .FirstOrDefault(l => NginxSemantics.PathHasAdminMarker(NginxSemantics.LocationPath(l)) && !Restricted(l, approved));
                foreach (var ok in NginxSemantics.Locations(server)
                             .Where(l => NginxSemantics.PathHasAdminMarker(NginxSemantics.LocationPath(l)) && Restricted(l, approved)))
                    findings.Observe(ok);
                if (bad is not null)
                    findings.Add(bad, "This admin location is reachable from any address; add 'allow <admin CIDR>;' followed by 'deny all;' (and no 'satisfy any;', which lets a password get around the IP list).",
                    "该管理 location 可从任意地址访问；请添加 'allow <admin CIDR>;' 并随后写 'deny all;'（不要使用 'satisfy any;'，否则凭口令即可绕过 IP 名单）。",
                        anchor + "#location " + string.Join(' ', bad.Args));
            }
        }
    }

    private static bool Restricted(NginxDirective at, IReadOnlyList<string> approved)
    {
        var satisfy = NginxSemantics.Inherited(at, "satisfy").LastOrDefault();
        if (satisfy?.Args.FirstOrDefault()?.Equals("any", StringComparison.OrdinalIgnoreCase) == true) return false;
        var rules = NginxSemantics.Inherited(at, "allow", "deny");
        if (rules.Count == 0) return false;
        var last = rules[^1];
        if (last.Name != "deny" || last.Args.FirstOrDefault() != "all") return false;
        return rules.Where(r => r.Name == "allow").All(r => r.Args.Count > 0 && r.Args[0] != "all" &&
            (r.Args[0].StartsWith("unix:", StringComparison.Ordinal) || IpRanges.IsApprovedSource(r.Args[0], approved)));
    }
}

namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Common;
using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>
/// CMP5101: sshd must only accept listed sources, by at least one of (policy-defaults §4 allowlist):
/// (a) AllowUsers where every entry is user@source with a source that is not an open range (and inside
/// the approved networks when configured); (b) every ListenAddress private; (c) a "Match Address"
/// block matching everything except the allowed ranges ("*" plus "!"-negated ranges) that sets
/// "DenyUsers *".
/// </summary>
public sealed class SshdSourceAllowlistCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5101"];

    private static void Observe(PolicyReport report, Compliance.PolicyEngine.Sshd.SshdDirective d) => report.Observe("CMP5101", d.File, d.Line);

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var approved = report.Options.ApprovedNetworks;
        foreach (var config in SshdConfig.AllIn(documents))
        {
            foreach (var f in config.Files) report.Examined(Themes.Allowlist, f);
            var allowLines = config.GlobalAll("AllowUsers").ToList();
            var badAllow = allowLines.FirstOrDefault(d => d.Args.Any(e => !EntryRestricts(e, approved)));
            if (allowLines.Count > 0 && badAllow is null) { Observe(report, allowLines[0]); continue; }                       // (a)
            var listen = config.GlobalAll("ListenAddress").ToList();
            if (listen.Count > 0 && listen.All(d => d.Args.Count > 0 && IpRanges.IsPrivate(ListenHost(d.Args[0])))) { Observe(report, listen[0]); continue; } // (b)
            if (config.Matches.FirstOrDefault(m => DeniesAllButAllowed(m, approved)) is { } denying)     // (c)
            {
                report.Observe("CMP5101", denying.File, denying.Line);
                continue;
            }

            report.Add(new Finding
            {
                RuleId = "CMP5101",
                File = badAllow?.File ?? config.MainFile,
                StartLine = badAllow?.Line ?? 1,
                EndLine = badAllow?.Line ?? 1,
                StartColumn = 1,
                EndColumn = 1,
                Message = badAllow is not null
                    ? "AllowUsers has an entry without an '@source' address range (or with an open or unapproved one), so that user can log in from anywhere; write every entry as user@<approved CIDR>, or add a 'Match Address *,!<approved CIDR>' block with 'DenyUsers *'."
                    : "sshd accepts connections from any address: no AllowUsers user@<CIDR>, no private ListenAddress and no 'Match Address' block denying other sources; restrict SSH to the approved admin networks.",
                MessageZh = badAllow is not null
                    ? "AllowUsers 中有条目没有 '@source' 来源地址段（或来源为开放/未批准的网段），该用户可从任意地址登录；请把每个条目写成 user@<批准的 CIDR>，或添加 'Match Address *,!<approved CIDR>' 块并设置 'DenyUsers *'。"
                    : "sshd 接受任意地址的连接：没有 AllowUsers user@<CIDR>、没有私有 ListenAddress，也没有拒绝其他来源的 'Match Address' 块；请把 SSH 限制在批准的运维网段。",
                Evidence = badAllow is null ? "" : "AllowUsers",
                Anchor = "sshd:source-allowlist@global",
            });
        }
    }

    private static bool EntryRestricts(string entry, IReadOnlyList<string> approved)
    {
        var at = entry.LastIndexOf('@');
        if (at < 0) return false;
        return IpRanges.IsApprovedSource(entry[(at + 1)..], approved);
    }

    /// <summary>"10.0.0.5", "10.0.0.5:2222", "[::1]:22", "::1" → the address part.</summary>
    internal static string ListenHost(string arg)
    {
        if (arg.StartsWith('['))
        {
            var end = arg.IndexOf(']');
            return end > 0 ? arg[1..end] : arg;
        }
        return arg.Count(c => c == ':') == 1 ? arg[..arg.IndexOf(':')] : arg;
    }

    private static bool DeniesAllButAllowed(SshdMatchBlock block, IReadOnlyList<string> approved)
    {
        if (block.First("DenyUsers") is not { } deny || !deny.Args.Contains("*")) return false;
        var address = block.Criteria.Where(c => c.Kind == "address").ToList();
        if (address.Count != 1 || block.Criteria.Count != 1) return false;
        var entries = address[0].Patterns.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var negated = entries.Where(e => e.StartsWith('!')).Select(e => e[1..]).ToList();
        return entries.Contains("*") && negated.Count > 0 && negated.All(n => IpRanges.IsApprovedSource(n, approved));
    }
}

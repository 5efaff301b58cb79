namespace Compliance.PolicyEngine.Checks.Postgres;

using Compliance.PolicyEngine.Common;
using Compliance.PolicyEngine.Postgres;
using Compliance.Rules.Model;

/// <summary>Shared reading of pg_hba.conf files for CMP5103 and CMP5311.</summary>
internal static class PgHbaFiles
{
    public static bool IsPgHba(string path) => path.Split('/')[^1] == "pg_hba.conf";

    public static Finding Make(string ruleId, string file, PgHbaEntry e, string message, string messageZh) => new()
    {
        RuleId = ruleId, File = file, StartLine = e.Line, EndLine = e.Line, StartColumn = 1, EndColumn = 1,
        Message = message, MessageZh = messageZh, Evidence = $"{e.Type} {e.Database} {e.User} {e.Address} {e.Method}",
        Anchor = $"pg_hba:{e.Type} {e.Database} {e.User} {e.Address}",
    };
}

/// <summary>CMP5103: a host/hostssl/hostnossl entry (method not reject) open to 0.0.0.0/0, ::/0 or all.</summary>
public sealed class PgHbaOpenAddressCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5103"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var file in documents.Files.Where(f => PgHbaFiles.IsPgHba(f.Path)))
        {
            report.Examined(Themes.Allowlist, file.Path);
            foreach (var e in PgHba.Parse(file.Text))
            {
                if (e.Type is not ("host" or "hostssl" or "hostnossl") || e.Method.Equals("reject", StringComparison.OrdinalIgnoreCase) || e.Address is null) continue;
                if (IpRanges.IsOpen(e.Address))
                    report.Add(PgHbaFiles.Make("CMP5103", file.Path, e, "This pg_hba.conf entry accepts the database from any address; replace the open range with the application's and the admins' subnets (e.g. 10.20.0.0/16).",
                        "该 pg_hba.conf 条目允许任意地址访问数据库；请把开放网段换成应用和运维所在的子网（例如 10.20.0.0/16）。"));
            }
        }
    }
}

/// <summary>CMP5311: a host/hostnossl entry (method not reject) for a non-loopback address allows unencrypted connections.</summary>
public sealed class PgHbaUnencryptedCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5311"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var file in documents.Files.Where(f => PgHbaFiles.IsPgHba(f.Path)))
        {
            report.Examined(Themes.Tls, file.Path);
            foreach (var e in PgHba.Parse(file.Text))
            {
                if (e.Type is not ("host" or "hostnossl") || e.Method.Equals("reject", StringComparison.OrdinalIgnoreCase) || e.Address is null) continue;
                if (IpRanges.IsLoopback(e.Address)) continue;
                report.Add(PgHbaFiles.Make("CMP5311", file.Path, e, $"This '{e.Type}' entry lets clients from a network address connect without TLS; use 'hostssl' (and 'ssl = on') for remote connections.",
                    $"该 '{e.Type}' 条目允许来自网络地址的客户端不经 TLS 连接；远程连接请使用 'hostssl'（并设置 'ssl = on'）。"));
            }
        }
    }
}

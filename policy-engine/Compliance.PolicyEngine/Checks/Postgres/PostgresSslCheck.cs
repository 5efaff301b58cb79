namespace Compliance.PolicyEngine.Checks.Postgres;

using Compliance.PolicyEngine.Postgres;
using Compliance.Rules.Model;

/// <summary>
/// CMP5310: postgresql.conf must have ssl = on (last value wins; absent = off, line 1), and
/// ssl_min_protocol_version, if set, must be TLSv1.2 or TLSv1.3. One result per file.
/// </summary>
public sealed class PostgresSslCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5310"];

    public static bool IsPostgresConf(string path) => path.Split('/')[^1] == "postgresql.conf";

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var file in documents.Files.Where(f => IsPostgresConf(f.Path)))
        {
            report.Examined(Themes.Tls, file.Path);
            var settings = PostgresConf.Parse(file.Text);
            var ssl = PostgresConf.Last(settings, "ssl");
            if (ssl is null || PostgresConf.Bool(ssl.Value) != true)
            {
                report.Add(ssl is null
                    ? Make(file.Path, 1, "ssl",
                        "postgresql.conf does not set ssl, so PostgreSQL accepts only unencrypted connections (the default is off); set 'ssl = on' with a certificate and key.",
                        "postgresql.conf 未设置 ssl，PostgreSQL 只接受未加密的连接（默认 off）；请设置 'ssl = on' 并配置证书和私钥。")
                    : Make(file.Path, ssl.Line, "ssl",
                        "ssl is not on (the last 'ssl' line wins), so clients connect unencrypted; set 'ssl = on' with a certificate and key.",
                        "ssl 未开启（以最后一个 'ssl' 行为准），客户端以明文连接；请设置 'ssl = on' 并配置证书和私钥。"));
                continue;
            }
            var min = PostgresConf.Last(settings, "ssl_min_protocol_version");
            if (min is null || min.Value is "TLSv1.2" or "TLSv1.3") report.Observe("CMP5310", file.Path, (min ?? ssl).Line);
            if (min is not null && min.Value is not ("TLSv1.2" or "TLSv1.3"))
                report.Add(Make(file.Path, min.Line, "ssl_min_protocol_version", "ssl_min_protocol_version allows a protocol older than TLS 1.2; set it to TLSv1.2 or TLSv1.3.",
                    "ssl_min_protocol_version 允许低于 TLS 1.2 的协议；请设为 TLSv1.2 或 TLSv1.3。"));
        }
    }

    private static Finding Make(string file, int line, string key, string message, string messageZh) => new()
    {
        RuleId = "CMP5310", File = file, StartLine = line, EndLine = line, StartColumn = 1, EndColumn = 1,
        Message = message, MessageZh = messageZh, Anchor = "postgresql.conf:" + key,
    };
}

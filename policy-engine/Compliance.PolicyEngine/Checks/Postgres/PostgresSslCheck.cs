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
                report.Add(Make(file.Path, ssl?.Line ?? 1, "ssl",
                    ssl is null
                        ? "postgresql.conf does not set ssl, so PostgreSQL accepts only unencrypted connections (the default is off); set 'ssl = on' with a certificate and key."
                        : "ssl is not on (the last 'ssl' line wins), so clients connect unencrypted; set 'ssl = on' with a certificate and key."));
                continue;
            }
            var min = PostgresConf.Last(settings, "ssl_min_protocol_version");
            if (min is not null && min.Value is not ("TLSv1.2" or "TLSv1.3"))
                report.Add(Make(file.Path, min.Line, "ssl_min_protocol_version", "ssl_min_protocol_version allows a protocol older than TLS 1.2; set 'ssl_min_protocol_version = 'TLSv1.2''."));
        }
    }

    private static Finding Make(string file, int line, string key, string message) => new()
    {
        RuleId = "CMP5310", File = file, StartLine = line, EndLine = line, StartColumn = 1, EndColumn = 1,
        Message = message, Anchor = "postgresql.conf:" + key,
    };
}

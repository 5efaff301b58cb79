namespace Compliance.PolicyEngine.Checks.MySql;

using Compliance.PolicyEngine.MySql;
using Compliance.Rules.Model;

/// <summary>
/// CMP5312 (server sections, last value wins): require_secure_transport must be ON (absent = OFF:
/// line 1), tls_version may list only TLSv1.2/TLSv1.3, and skip-ssl / ssl=0 disable TLS. One result
/// per configuration: the first wrong written value, else line 1 for the missing setting.
/// </summary>
public sealed class MySqlTlsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5312"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var config in MySqlConfig.AllIn(documents))
        {
            foreach (var f in config.Files) report.Examined(Themes.Tls, f);
            var problems = new List<(MySqlOption? At, string Key, string Message, string MessageZh)>();
            var rst = config.ServerOptions.LastOrDefault(o => o.Name is "require_secure_transport" or "skip_require_secure_transport");
            if (rst is null)
                problems.Add((null, "require_secure_transport", "require_secure_transport is not set, so the server accepts unencrypted connections (default OFF); add 'require_secure_transport = ON' under [mysqld].",
                    "未设置 require_secure_transport，服务器接受未加密的连接（默认 OFF）；请在 [mysqld] 下添加 'require_secure_transport = ON'。"));
            else if (rst.Name == "skip_require_secure_transport" || !IsOn(rst.Value))
                problems.Add((rst, "require_secure_transport", "require_secure_transport is OFF, so clients may connect unencrypted; set 'require_secure_transport = ON'.",
                    "require_secure_transport 为 OFF，客户端可以明文连接；请设置 'require_secure_transport = ON'。"));
            if (config.Last("tls_version") is { } tls &&
                (tls.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(v => v is not ("TLSv1.2" or "TLSv1.3")))
                problems.Add((tls, "tls_version", "tls_version enables a protocol older than TLS 1.2; set 'tls_version = TLSv1.2,TLSv1.3'.",
                    "tls_version 启用了低于 TLS 1.2 的协议；请设置 'tls_version = TLSv1.2,TLSv1.3'。"));
            var ssl = config.ServerOptions.LastOrDefault(o => o.Name is "ssl" or "skip_ssl" or "disable_ssl");
            if (ssl is not null && (ssl.Name != "ssl" || (ssl.Value is not null && !IsOn(ssl.Value))))
                problems.Add((ssl, "ssl", "TLS is switched off (skip-ssl / ssl=0), so every connection is unencrypted; remove it and configure ssl_cert/ssl_key.",
                    "TLS 被关闭（skip-ssl / ssl=0），所有连接均不加密；请删除该设置并配置 ssl_cert/ssl_key。"));

            // One result per configuration: a written wrong value beats the missing default.
            var pick = problems.Where(p => p.At is not null).OrderBy(p => p.At!.File, StringComparer.Ordinal).ThenBy(p => p.At!.Line).FirstOrDefault();
            if (pick.Message is null) pick = problems.FirstOrDefault();
            if (pick.Message is null)
            {
                if (rst is not null) report.Observe("CMP5312", rst.File, rst.Line);
                continue;
            }
            report.Add(new Finding
            {
                RuleId = "CMP5312", File = pick.At?.File ?? config.MainFile, StartLine = pick.At?.Line ?? 1, EndLine = pick.At?.Line ?? 1,
                StartColumn = 1, EndColumn = 1, Message = pick.Message, MessageZh = pick.MessageZh, Anchor = "mysqld:" + pick.Key,
            });
        }
    }

    private static bool IsOn(string? value) =>
        value is null || value.Trim().ToUpperInvariant() is "ON" or "1" or "TRUE" or "YES";
}

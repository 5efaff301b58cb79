namespace Compliance.PolicyEngine.Checks.AspNet;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// CMP5308: a ConnectionStrings entry of the effective production configuration that does not
/// require TLS (PostgreSQL SslMode, MySQL SslMode, SQL Server Encrypt). Connection strings hold
/// passwords: messages name the key and the TLS setting only, never the string. A database on the
/// same machine (localhost, 127.0.0.0/8, ::1, SQL Server LocalDB) is not judged: no network to encrypt.
/// </summary>
public sealed class ConnectionStringTlsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5308"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var buffer = new FindingBuffer();
        foreach (var app in ConfigIndex.Of(documents).AspNet)
        {
            foreach (var f in app.Files) report.Examined(Themes.Tls, f);
            foreach (var v in app.Under("ConnectionStrings"))
            {
                if (Verdict(v.Value) is not { } why)
                {
                    // A database connection string that requires TLS (not merely an unrecognised string) is positive evidence.
                    if (RequiresTls(v.Value)) report.Observe("CMP5308", v.File, v.Line);
                    continue;
                }
                buffer.Add(DocFindings.At("CMP5308", v.File, v.Line, v.Column, $"{v.Key}: {why.En}", $"appsettings:{v.Key}").Zh($"{v.Key}：{why.Zh}"));
            }
        }
        buffer.FlushTo(report);
    }

    /// <summary>Why the connection string does not require TLS, or null when it does (or is not a recognised database).</summary>
    public static string? Judge(string cs) => Verdict(cs)?.En;

    /// <summary>The reason in English and zh-CN, or null when the connection string requires TLS.</summary>
    private static (string En, string Zh)? Verdict(string cs)
    {
        var s = cs.Trim();
        if (IsLocalDatabase(s)) return null;
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var q = s.IndexOf('?') is var qi and >= 0 ? s[(qi + 1)..] : "";
            var mode = q.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase)).Select(p => p[1]).LastOrDefault();
            return Postgres(mode);
        }
        var kv = Pairs(s);
        if (kv.ContainsKey("host")) return Postgres(kv.GetValueOrDefault("sslmode"));
        if (kv.ContainsKey("uid") || kv.GetValueOrDefault("port") == "3306")
        {
            var mode = kv.GetValueOrDefault("sslmode");
            return mode is not null && (Eq(mode, "Required") || Eq(mode, "VerifyCA") || Eq(mode, "VerifyFull")) ? null
                : ($"the MySQL connection string {(mode is null ? "has no SslMode" : $"has SslMode={mode}")}, so the connection may be unencrypted; set SslMode=Required (or VerifyCA/VerifyFull).",
                   $"MySQL 连接字符串{(mode is null ? "未设置 SslMode" : $"设置了 SslMode={mode}")}，连接可能未加密；请设置 SslMode=Required（或 VerifyCA/VerifyFull）。");
        }
        if (kv.ContainsKey("datasource") || kv.ContainsKey("initialcatalog") || (kv.GetValueOrDefault("server")?.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            var enc = kv.GetValueOrDefault("encrypt");
            return enc is not null && (Eq(enc, "False") || Eq(enc, "No") || Eq(enc, "Optional"))
                ? ($"the SQL Server connection string has Encrypt={enc}, so the connection is not encrypted; remove it or set Encrypt=True (or Strict).",
                   $"SQL Server 连接字符串设置了 Encrypt={enc}，连接未加密；请删除该项或设置 Encrypt=True（或 Strict）。")
                : null;
        }
        return null;
    }

    private static (string En, string Zh)? Postgres(string? mode) =>
        mode is not null && (Eq(mode, "Require") || Eq(mode, "VerifyCA") || Eq(mode, "VerifyFull") || Eq(mode, "verify-ca") || Eq(mode, "verify-full")) ? null
            : ($"the PostgreSQL connection string {(mode is null ? "has no SslMode" : $"has SslMode={mode}")}, so the connection may be unencrypted; set SslMode=Require (or VerifyCA/VerifyFull).",
               $"PostgreSQL 连接字符串{(mode is null ? "未设置 SslMode" : $"设置了 SslMode={mode}")}，连接可能未加密；请设置 SslMode=Require（或 VerifyCA/VerifyFull）。");

    /// <summary>True when the string explicitly requires an encrypted connection (sslmode / SslMode / Encrypt).</summary>
    private static bool RequiresTls(string cs)
    {
        var s = cs.Trim();
        if (s.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) && s.Contains("sslmode=", StringComparison.OrdinalIgnoreCase)) return true;
        var kv = Pairs(s);
        return kv.ContainsKey("sslmode") || (kv.GetValueOrDefault("encrypt") is { } e && (Eq(e, "True") || Eq(e, "Yes") || Eq(e, "Strict") || Eq(e, "Mandatory")));
    }

    private static readonly string[] HostKeys = ["host", "server", "datasource", "address", "addr", "networkaddress"];

    /// <summary>Every host the connection string names is this machine (a URL's authority, or Host/Server/Data Source).</summary>
    private static bool IsLocalDatabase(string s)
    {
        string? hosts = null;
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var authority = s[(scheme + 3)..];
            authority = authority[..(authority.IndexOfAny(['/', '?']) is var e and >= 0 ? e : authority.Length)];
            hosts = authority[(authority.LastIndexOf('@') + 1)..];
        }
        else
        {
            var kv = Pairs(s);
            foreach (var k in HostKeys)
                if (kv.TryGetValue(k, out var h)) { hosts = h; break; }
        }
        if (string.IsNullOrWhiteSpace(hosts)) return false;
        var names = hosts.Split(',').Select(h => h.Trim()).Where(h => h.Length > 0 && !h.All(char.IsDigit)).ToList(); // SQL Server "host,port"
        return names.Count > 0 && names.All(IsLoopback);
    }

    private static bool IsLoopback(string host)
    {
        var h = host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        if (h.StartsWith('['))
            h = h.IndexOf(']') is var close and > 0 ? h[1..close] : h;            // [::1]:5432
        else if (h.Count(c => c == ':') == 1) h = h[..h.IndexOf(':')];            // localhost:5432
        var instance = h.IndexOf('\\');                                           // (localdb)\MSSQLLocalDB, .\SQLEXPRESS
        if (instance >= 0) h = h[..instance];
        h = h.Trim();
        return h.Equals("localhost", StringComparison.OrdinalIgnoreCase) || h == "::1" || h == "." || h.Equals("(local)", StringComparison.OrdinalIgnoreCase)
               || h.Equals("(localdb)", StringComparison.OrdinalIgnoreCase)
               || (System.Net.IPAddress.TryParse(h, out var ip) && System.Net.IPAddress.IsLoopback(ip));
    }

    private static bool Eq(string a, string b) => a.Trim().Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Keys lower-cased with spaces removed ("SSL Mode" → "sslmode"); values trimmed (never shown).</summary>
    private static Dictionary<string, string> Pairs(string s)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in s.Split(';'))
        {
            var i = part.IndexOf('=');
            if (i <= 0) continue;
            d[part[..i].Replace(" ", "").Trim().ToLowerInvariant()] = part[(i + 1)..].Trim().Trim('"', '\'');
        }
        return d;
    }
}

namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// CMP5313: the effective ssl_ciphers of a TLS server (its own, else http's) must not admit NULL,
/// EXPORT, LOW, RC4, DES/3DES, MD5 or anonymous (aNULL/ADH/AECDH) suites. A suite is admitted when the
/// OpenSSL cipher string names it positively — a family keyword (RC4, 3DES, EXPORT, aNULL…) or a
/// suite name containing it (DES-CBC3-SHA, EXP-RC4-MD5, ADH-AES128-SHA) — and no later "!"/"-"
/// element removes that family. Broad keywords (HIGH, MEDIUM, ALL, DEFAULT) are not judged: what they
/// expand to depends on the OpenSSL build. No ssl_ciphers means nginx's default HIGH:!aNULL:!MD5: fine.
/// </summary>
public sealed class NginxSslCiphersCheck : IPolicyCheck
{
    public const string RuleId = "CMP5313";

    // Family keyword → what the message calls it. Explicit suite names are matched on these words too.
    private static readonly (string Keyword, string Label)[] s_weak =
    [
        ("eNULL", "NULL (no encryption)"), ("NULL", "NULL (no encryption)"), ("aNULL", "anonymous (aNULL)"), ("ADH", "anonymous (ADH)"), ("AECDH", "anonymous (AECDH)"),
        ("EXPORT", "EXPORT"), ("EXP", "EXPORT"), ("LOW", "LOW"), ("RC4", "RC4"), ("3DES", "3DES"), ("DES", "DES"), ("MD5", "MD5"),
    ];

    public IReadOnlyList<string> RuleIds { get; } = [RuleId];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var findings = new NginxFindings(report, RuleId, Themes.Tls);
        foreach (var config in NginxConfig.AllIn(documents))
        {
            findings.Examined(config);
            foreach (var server in config.Servers.Where(NginxSemantics.IsTlsServer))
            {
                var ciphers = NginxSemantics.Inherited(server, "ssl_ciphers").LastOrDefault();
                if (ciphers is null) continue;
                var admitted = Admitted(string.Join(":", ciphers.Args.Select(a => a.Trim('"', '\''))));
                if (admitted.Count == 0) continue;
                var list = string.Join(", ", admitted);
                findings.Add(ciphers,
                    $"ssl_ciphers admits weak suites ({list}) for a TLS server; use a modern list such as 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305' or exclude them with !aNULL:!eNULL:!EXPORT:!RC4:!3DES:!DES:!MD5.",
                    $"ssl_ciphers 为 TLS server 启用了弱密码套件（{list}）；请使用现代套件列表，如 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'，或用 !aNULL:!eNULL:!EXPORT:!RC4:!3DES:!DES:!MD5 排除。",
                    "nginx:ssl_ciphers@" + NginxFindings.ServerName(server));
            }
        }
    }

    /// <summary>Weak families the OpenSSL cipher string admits, in the order of <see cref="s_weak"/>'s labels.</summary>
    public static IReadOnlyList<string> Admitted(string cipherString)
    {
        var admitted = new List<string>();
        foreach (var raw in cipherString.Split([':', ',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var removes = raw[0] is '!' or '-';
            var element = raw.TrimStart('!', '-', '+');
            foreach (var (keyword, label) in s_weak)
            {
                if (!Names(element, keyword)) continue;
                if (removes) admitted.RemoveAll(l => l == label);
                else if (!admitted.Contains(label)) admitted.Add(label);
            }
        }
        return admitted;
    }

    /// <summary>
    /// The element is the keyword or has it as a part of a suite name or "+"-combination (OpenSSL names
    /// are case-sensitive: aNULL, eNULL, NULL-SHA, EXP-RC4-MD5). DES-CBC3-SHA is 3DES, not single DES.
    /// </summary>
    private static bool Names(string element, string keyword)
    {
        var parts = element.Split('+', '-');
        return keyword switch
        {
            "3DES" => parts.Contains("3DES", StringComparer.Ordinal) || parts.Contains("CBC3", StringComparer.Ordinal),
            "DES" => parts.Contains("DES", StringComparer.Ordinal) && !parts.Contains("CBC3", StringComparer.Ordinal),
            _ => parts.Contains(keyword, StringComparer.Ordinal),
        };
    }
}

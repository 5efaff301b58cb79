namespace Compliance.PolicyEngine.Checks.AspNet;

using Compliance.PolicyEngine.AspNet;
using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// CMP5306: in the effective production configuration, a Kestrel:Endpoints:&lt;name&gt;:Url or a
/// top-level Urls entry serving plain http:// on a host other than localhost/127.0.0.1/[::1].
/// </summary>
public sealed class KestrelPlainHttpCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5306"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var buffer = new FindingBuffer();
        foreach (var app in ConfigIndex.Of(documents).AspNet)
        {
            foreach (var f in app.Files) report.Examined(Themes.Tls, f);
            var urls = app.Effective.Values.Where(v =>
                v.Key.Equals("Urls", StringComparison.OrdinalIgnoreCase) ||
                (v.Key.StartsWith("Kestrel:Endpoints:", StringComparison.OrdinalIgnoreCase) && v.Key.EndsWith(":Url", StringComparison.OrdinalIgnoreCase) && v.Key.Split(':').Length == 4));
            foreach (var v in urls)
            {
                var plain = v.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(IsPublicPlainHttp);
                if (plain is null)
                {
                    // An endpoint that serves https configures TLS: positive evidence (localhost-only http is merely not wrong).
                    if (v.Value.Contains("https://", StringComparison.OrdinalIgnoreCase)) report.Observe("CMP5306", v.File, v.Line);
                    continue;
                }
                buffer.Add(DocFindings.At("CMP5306", v.File, v.Line, v.Column,
                    $"{v.Key} serves plain HTTP on a non-loopback address ({plain}) in the production configuration; use an https:// endpoint with a certificate, or bind http only to localhost behind a TLS-terminating proxy.",
                    $"appsettings:{v.Key}").Zh(
                    $"生产配置中 {v.Key} 在非回环地址上提供明文 HTTP（{plain}）；请改用带证书的 https:// 端点，或只把 http 绑定到 localhost，由终止 TLS 的反向代理转发。"));
            }
        }
        buffer.FlushTo(report);
    }

    public static bool IsPublicPlainHttp(string url)
    {
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = url[7..];
        string host;
        if (rest.StartsWith('[')) host = rest[..(rest.IndexOf(']') is var c and > 0 ? c + 1 : rest.Length)];
        else host = rest.Split(':', '/')[0];
        return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1" || host == "[::1]");
    }
}

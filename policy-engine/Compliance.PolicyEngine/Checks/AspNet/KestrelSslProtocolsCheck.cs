namespace Compliance.PolicyEngine.Checks.AspNet;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>CMP5307: any effective SslProtocols value other than Tls12/Tls13 (Kestrel endpoint defaults or endpoints).</summary>
public sealed class KestrelSslProtocolsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5307"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var buffer = new FindingBuffer();
        foreach (var app in ConfigIndex.Of(documents).AspNet)
        {
            foreach (var f in app.Files) report.Examined(Themes.Tls, f);
            foreach (var v in app.Effective.Values.Where(v => v.Key.Split(':').Any(s => s.Equals("SslProtocols", StringComparison.OrdinalIgnoreCase))))
            {
                var bad = v.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => !p.Equals("Tls12", StringComparison.OrdinalIgnoreCase) && !p.Equals("Tls13", StringComparison.OrdinalIgnoreCase)).ToList();
                if (bad.Count == 0) { report.Observe("CMP5307", v.File, v.Line); continue; }
                buffer.Add(DocFindings.At("CMP5307", v.File, v.Line, v.Column,
                    $"{v.Key} enables {string.Join(", ", bad)}; allow only Tls12 and Tls13.", $"appsettings:{v.Key}")
                    .Zh($"{v.Key} 启用了 {string.Join(", ", bad)}；请只允许 Tls12 和 Tls13。"));
            }
        }
        buffer.FlushTo(report);
    }
}

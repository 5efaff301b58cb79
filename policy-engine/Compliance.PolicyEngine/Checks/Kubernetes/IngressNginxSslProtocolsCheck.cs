namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>CMP5305: the ingress-nginx ConfigMap key ssl-protocols, when set, lists only TLSv1.2/TLSv1.3.</summary>
public sealed class IngressNginxSslProtocolsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5305"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var cm in ConfigIndex.Of(documents).Kubernetes.Where(o => o.Is("ConfigMap", "")))
        {
            if (cm.Root.Map("data")?.Entry("ssl-protocols") is not { } e) continue;
            report.Examined(Themes.Tls, cm.File);
            var weak = (e.Value as ScalarNode)?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p is not ("TLSv1.2" or "TLSv1.3")).ToList() ?? [];
            if (weak.Count == 0) report.Observe("CMP5305", cm.File, e.Key.Line);
            else
                report.Add(DocFindings.At("CMP5305", cm.File, e.Key,
                    $"ConfigMap {cm.Namespace}/{cm.Name}: ssl-protocols enables {string.Join(", ", weak)}; allow only TLSv1.2 and TLSv1.3 (the controller's default).",
                    cm.Anchor("data.ssl-protocols")).Zh(
                    $"ConfigMap {cm.Namespace}/{cm.Name}：ssl-protocols 启用了 {string.Join(", ", weak)}；请只允许 TLSv1.2 和 TLSv1.3（控制器默认值）。"));
        }
    }
}

namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5303: an Ingress must have spec.tls and list every rule host in some tls[].hosts. An Ingress without spec.tls
/// whose every rule host has a certificate in another Ingress of the same namespace is the plain-HTTP side of a host
/// served over HTTPS (controllers configure TLS per host, and this is where the HTTP→HTTPS redirect lives:
/// Exceptionless' elastic-monitor-http, judged blind); an Ingress with a host nobody certifies, or with no host, stays
/// reported.
/// </summary>
public sealed class IngressTlsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5303"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var ingresses = ConfigIndex.Of(documents).Kubernetes.Where(o => o.Kind == "Ingress").ToList();
        foreach (var ing in ingresses)
        {
            report.Examined(Themes.Tls, ing.File);
            if (ing.Spec?.Seq("tls") is not { Items.Count: > 0 } tls)
            {
                if (CertifiedElsewhere(ing, ingresses)) continue;
                report.Add(DocFindings.At("CMP5303", ing.File, ing.KindLine, 1,
                    $"{ing.Display} has no spec.tls, so it is served over plain HTTP; add a tls section listing its hosts and a certificate secret.",
                    ing.Anchor("spec.tls")).Zh(
                    $"{ing.DisplayZh()} 未配置 spec.tls，站点以明文 HTTP 提供服务；请添加 tls 段，列出其主机名并指定证书 Secret。"));
                continue;
            }
            var covered = tls.Maps().SelectMany(t => t["hosts"].Strings()).ToList();
            var rules = ing.Spec.Seq("rules");
            var uncovered = Enumerable.Range(0, rules?.Items.Count ?? 0).Any(i => rules!.Items[i] is MapNode r
                && r.Entry("host") is { Value: ScalarNode { IsNull: false } h } && !covered.Any(c => Covers(c, h.Value)));
            // An ingress whose every host has a certificate configures TLS: positive evidence at spec.tls.
            if (!uncovered && ing.Spec.Entry("tls") is { } tlsEntry) report.Observe("CMP5303", ing.File, tlsEntry.Key.Line);
            for (var i = 0; i < (rules?.Items.Count ?? 0); i++)
            {
                if (rules!.Items[i] is not MapNode rule || rule.Entry("host") is not { Value: ScalarNode { IsNull: false } host } entry) continue;
                if (covered.Any(c => Covers(c, host.Value))) continue;
                report.Add(DocFindings.At("CMP5303", ing.File, entry.Key,
                    $"{ing.Display}: host '{host.Value}' is not listed in any spec.tls[].hosts, so it has no certificate; add it to a tls entry.",
                    ing.Anchor($"spec.rules[{i}].host")).Zh(
                    $"{ing.DisplayZh()}：主机 '{host.Value}' 未列入任何 spec.tls[].hosts，没有证书；请将其加入某个 tls 条目。"));
                break; // one finding per Ingress document
            }
        }
    }

    private static bool CertifiedElsewhere(K8sObject ing, List<K8sObject> ingresses)
    {
        var hosts = RuleHosts(ing).ToList();
        if (hosts.Count == 0) return false;
        var certified = ingresses.Where(o => o != ing && o.Namespace == ing.Namespace && o.Spec?.Seq("tls") is { Items.Count: > 0 })
            .SelectMany(o => o.Spec!.Seq("tls")!.Maps().SelectMany(t => t["hosts"].Strings())).ToList();
        return hosts.All(h => certified.Any(c => Covers(c, h)));
    }

    private static IEnumerable<string> RuleHosts(K8sObject ing)
    {
        var rules = ing.Spec?.Seq("rules");
        for (var i = 0; i < (rules?.Items.Count ?? 0); i++)
            if (rules!.Items[i] is MapNode r && r.Entry("host") is { Value: ScalarNode { IsNull: false } h }) yield return h.Value;
    }

    private static bool Covers(string tlsHost, string host) =>
        string.Equals(tlsHost, host, StringComparison.OrdinalIgnoreCase) ||
        (tlsHost.StartsWith("*.", StringComparison.Ordinal) && host.IndexOf('.') is var dot and > 0 &&
         string.Equals(tlsHost[1..], host[dot..], StringComparison.OrdinalIgnoreCase));
}

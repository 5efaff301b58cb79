namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5104: every data-store pod must be selected by a NetworkPolicy of its namespace covering
/// Ingress, and no ingress rule of a policy selecting it may admit every source.
/// </summary>
public sealed class DataStoreNetworkPolicyCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5104"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var all = ConfigIndex.Of(documents).Kubernetes;
        var policies = all.Where(o => o.Is("NetworkPolicy", "networking.k8s.io")).ToList();
        var buffer = new FindingBuffer();
        foreach (var (store, labels) in DataStorePods(all))
        {
            report.Examined(Themes.Allowlist, store.File);
            var selecting = policies.Where(p => p.Namespace == store.Namespace && CoversIngress(p) &&
                LabelSelector.Matches(p.Spec?.Map("podSelector"), labels, nullMatchesAll: true)).ToList();
            if (selecting.Count == 0)
            {
                buffer.Add(DocFindings.At("CMP5104", store.File, 1, 1,
                    $"{store.Display} is a data store that no NetworkPolicy of namespace '{store.Namespace}' selects for Ingress, so every pod in the cluster can reach it; add a NetworkPolicy selecting its pods that admits only the application's pods.",
                    store.Anchor("networkpolicy")).Zh(
                    $"{store.DisplayZh()} 是数据存储，但命名空间 '{store.Namespace}' 中没有任何 NetworkPolicy 在 Ingress 方向选中它，集群内所有 Pod 都能访问；请添加选中其 Pod 的 NetworkPolicy，只允许应用自身的 Pod 访问。"), store.DocIndex);
                continue;
            }
            foreach (var p in selecting)
            {
                report.Examined(Themes.Allowlist, p.File);
                if (OpenRule(p, report.Options.ApprovedNetworks) is not { } rule)
                    report.Observe("CMP5104", p.File, p.KindLine);
                else
                    buffer.Add(DocFindings.At("CMP5104", p.File, rule.Node,
                        $"NetworkPolicy {p.Namespace}/{p.Name} selects data store {store.Display} and has an ingress rule that admits every source or an unapproved one ({rule.Why}); list the allowed pods, namespaces or approved ipBlocks in 'from'.",
                        p.Anchor($"spec.ingress[{rule.Index}]")).Zh(
                        $"NetworkPolicy {p.Namespace}/{p.Name} 选中了数据存储 {store.DisplayZh()}，但其 ingress 规则允许任意来源或未批准的来源（{WhyZh(rule.Why)}）；请在 'from' 中只列出允许的 Pod、命名空间或批准的 ipBlock。"), p.DocIndex);
            }
        }
        buffer.FlushTo(report);
    }

    /// <summary>Data-store workloads with their pod labels; CloudNativePG pods carry cnpg.io/cluster.</summary>
    internal static IEnumerable<(K8sObject Store, IReadOnlyDictionary<string, string> Labels)> DataStorePods(IEnumerable<K8sObject> all)
    {
        foreach (var o in all)
        {
            if (DataStores.IsCnpgCluster(o)) yield return (o, new Dictionary<string, string> { ["cnpg.io/cluster"] = o.Name });
            else if (DataStores.IsDataStoreWorkload(o)) yield return (o, o.PodLabels);
        }
    }

    private static string WhyZh(string why) => why switch
    {
        "an empty rule" => "规则为空",
        "no 'from'" => "未设置 'from'",
        "an empty 'from'" => "'from' 为空",
        "a '{}' peer" => "存在 '{}' 来源",
        "an ipBlock with an open range" => "ipBlock 为开放网段",
        "an ipBlock outside the approved networks" => "ipBlock 不在批准网段内",
        _ => why,
    };

    private static bool CoversIngress(K8sObject p) =>
        p.Spec?["policyTypes"] is not SeqNode types || types.Items.OfType<ScalarNode>().Any(t => t.Value == "Ingress");

    private static (DocNode Node, int Index, string Why)? OpenRule(K8sObject p, IReadOnlyList<string> approved)
    {
        if (p.Spec?.Seq("ingress") is not { } rules) return null;
        for (var i = 0; i < rules.Items.Count; i++)
        {
            var rule = rules.Items[i];
            if (rule is not MapNode m) { if (rule is ScalarNode { IsNull: true }) return (rule, i, "an empty rule"); continue; }
            switch (m["from"])
            {
                case null or ScalarNode { IsNull: true }: return (rule, i, "no 'from'");
                case SeqNode { Items.Count: 0 }: return (rule, i, "an empty 'from'");
                case SeqNode from:
                    foreach (var peer in from.Items)
                    {
                        if (peer is MapNode { Entries.Count: 0 } or ScalarNode { IsNull: true }) return (rule, i, "a '{}' peer");
                        if (peer is MapNode pm && pm.Map("ipBlock")?.Str("cidr") is { } cidr && NetRanges.IsOpenOrUnapproved(cidr, approved))
                            return (rule, i, NetRanges.IsOpen(cidr) ? "an ipBlock with an open range" : "an ipBlock outside the approved networks");
                    }
                    break;
            }
        }
        return null;
    }
}

namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5106: an Ingress with an admin marker (name, rule host or rule path) must carry
/// ingress-nginx's whitelist-source-range (or allowlist-source-range) with no open range.
/// </summary>
public sealed class AdminIngressAllowlistCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5106"];

    private static readonly string[] s_nameMarkers = ["admin", "manage", "console"];
    private static readonly string[] s_hostMarkers = ["admin", "manage", "console", "ops"];
    private static readonly string[] s_pathMarkers = ["admin", "manage", "console", "actuator", "druid", "nacos", "phpmyadmin"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var ing in ConfigIndex.Of(documents).Kubernetes.Where(o => o.Kind == "Ingress"))
        {
            report.Examined(Themes.Allowlist, ing.File);
            if (!HasAdminMarker(ing)) continue;
            var ann = ing.Annotations;
            var entry = ann?.Entry("nginx.ingress.kubernetes.io/whitelist-source-range") ?? ann?.Entry("nginx.ingress.kubernetes.io/allowlist-source-range");
            if (entry is null)
            {
                report.Add(DocFindings.At("CMP5106", ing.File, ing.KindLine, 1,
                    $"{ing.Display} serves an admin surface without nginx.ingress.kubernetes.io/whitelist-source-range; add the annotation with the approved networks.",
                    ing.Anchor("metadata.annotations.whitelist-source-range")).Zh(
                    $"{ing.DisplayZh()} 暴露管理入口，但未设置 nginx.ingress.kubernetes.io/whitelist-source-range；请添加该注解，只填写批准的网段。"));
                continue;
            }
            var ranges = (entry.Value as ScalarNode)?.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            var approved = report.Options.ApprovedNetworks;
            if (ranges.Length > 0 && !ranges.Any(r => NetRanges.IsOpenOrUnapproved(r, approved))) report.Observe("CMP5106", ing.File, entry.Key.Line);
            else
                report.Add(DocFindings.At("CMP5106", ing.File, entry.Key,
                    $"{ing.Display} serves an admin surface and its {entry.Key.Value} annotation {(ranges.Length == 0 ? "is empty" : ranges.Any(NetRanges.IsOpen) ? "includes an open range (0.0.0.0/0 or ::/0)" : "includes a range outside the approved networks")}; list only the approved networks.",
                    ing.Anchor("metadata.annotations." + entry.Key.Value)).Zh(
                    $"{ing.DisplayZh()} 暴露管理入口，其 {entry.Key.Value} 注解{(ranges.Length == 0 ? "为空" : ranges.Any(NetRanges.IsOpen) ? "包含开放网段（0.0.0.0/0 或 ::/0）" : "包含批准网段以外的地址")}；请只列出批准的网段。"));
        }
    }

    public static bool HasAdminMarker(K8sObject ing)
    {
        if (s_nameMarkers.Any(m => ing.Name.Contains(m, StringComparison.OrdinalIgnoreCase))) return true;
        foreach (var rule in ing.Spec?.Seq("rules").Maps() ?? [])
        {
            if (rule.Str("host") is { } host && s_hostMarkers.Any(m => host.Split('.')[0].StartsWith(m, StringComparison.OrdinalIgnoreCase))) return true;
            foreach (var path in rule.At("http", "paths") is SeqNode paths ? paths.Maps() : [])
                if (PathHasAdminMarker(path.Str("path"))) return true;
        }
        return false;
    }

    public static bool PathHasAdminMarker(string? path) =>
        path is not null && path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Any(seg => s_pathMarkers.Any(m => seg.StartsWith(m, StringComparison.OrdinalIgnoreCase)));
}

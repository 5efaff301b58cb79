namespace Compliance.PolicyEngine.Checks;

using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// Attaches the zh-CN text to a finding built with its English message, so each check keeps the
/// two sentences side by side: <c>report.Add(DocFindings.At(..., "English", anchor).Zh("中文"))</c>.
/// The CLI shows <see cref="Finding.MessageZh"/> for zh-CN scans.
/// </summary>
public static class LocalizedFinding
{
    public static Finding Zh(this Finding finding, string messageZh) => finding with { MessageZh = messageZh };

    /// <summary>zh-CN form of <see cref="K8sObject.Display"/> ("StatefulSet default/db（由 templates/db.yaml 渲染）").</summary>
    public static string DisplayZh(this K8sObject o) =>
        o.HelmSource is null ? $"{o.Kind} {o.Namespace}/{o.Name}" : $"{o.Kind} {o.Namespace}/{o.Name}（由 {o.HelmSource} 渲染）";
}

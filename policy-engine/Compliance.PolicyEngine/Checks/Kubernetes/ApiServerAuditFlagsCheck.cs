namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// CMP5604: a kube-apiserver static pod must run with --audit-policy-file and an audit backend
/// (--audit-log-path or --audit-webhook-config-file); otherwise the API server records nothing.
/// </summary>
public sealed class ApiServerAuditFlagsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5604"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var pod in ConfigIndex.Of(documents).Kubernetes.Where(o => o.Kind == "Pod"))
        {
            foreach (var c in pod.Containers)
            {
                var items = new[] { c["command"], c["args"] }.SelectMany(n => n is SeqNode s ? s.Items.OfType<ScalarNode>() : n is ScalarNode x ? [x] : []).ToList();
                var exe = items.FirstOrDefault(s => s.Value.Trim() is "kube-apiserver" || s.Value.Trim().EndsWith("/kube-apiserver", StringComparison.Ordinal));
                if (exe is null) continue;
                report.Examined(Themes.AuditLog, pod.File);
                bool Has(string flag) => items.Any(s => s.Value.Trim().StartsWith(flag + "=", StringComparison.Ordinal) || s.Value.Trim() == flag);
                var missing = new List<string>();
                var missingZh = new List<string>();
                if (!Has("--audit-policy-file")) { missing.Add("--audit-policy-file"); missingZh.Add("--audit-policy-file"); }
                if (!Has("--audit-log-path") && !Has("--audit-webhook-config-file"))
                {
                    missing.Add("--audit-log-path (or --audit-webhook-config-file)");
                    missingZh.Add("--audit-log-path（或 --audit-webhook-config-file）");
                }
                if (missing.Count == 0) { report.Observe("CMP5604", pod.File, exe.Line); continue; }
                report.Add(DocFindings.At("CMP5604", pod.File, exe,
                    $"{pod.Display}: kube-apiserver runs without {string.Join(" and ", missing)}, so API requests (logins, changes) are not audited; add an audit policy and an audit log path or webhook.",
                    pod.Anchor("spec.containers.command.kube-apiserver")).Zh(
                    $"{pod.DisplayZh()}：kube-apiserver 运行时未设置 {string.Join(" 和 ", missingZh)}，API 请求（登录、变更）不会被审计；请配置审计策略，以及审计日志路径或审计 webhook。"));
                break;
            }
        }
    }
}

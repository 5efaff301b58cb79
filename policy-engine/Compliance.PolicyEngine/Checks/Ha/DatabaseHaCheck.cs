namespace Compliance.PolicyEngine.Checks.Ha;

using System.Globalization;
using Compliance.PolicyEngine.Compose;
using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5501–CMP5504: databases run with ≥ 2 replicas (CloudNativePG: instances) and a
/// PodDisruptionBudget that keeps a pod; a database in a production Compose file is a single
/// container on one host.
/// </summary>
public sealed class DatabaseHaCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5501", "CMP5502", "CMP5503", "CMP5504"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var index = ConfigIndex.Of(documents);
        var pdbs = index.Kubernetes.Where(o => o.Kind == "PodDisruptionBudget").ToList();
        var buffer = new FindingBuffer();
        foreach (var (db, engine) in DataStores.Databases(index.Kubernetes))
        {
            report.Examined(Themes.Ha, db.File);
            if (DataStores.IsCnpgCluster(db))
            {
                var inst = db.Spec?.Entry("instances");
                var n = (inst?.Value as ScalarNode)?.AsInt() ?? 1;
                if (n >= 2 && inst is not null) report.Observe("CMP5503", db.File, inst.Key.Line);
                if (n < 2)
                    buffer.Add(DocFindings.At("CMP5503", db.File, inst?.Key.Line ?? db.KindLine, inst?.Key.Column ?? 1,
                        $"{db.Display} runs {n} instance{(n == 1 ? "" : "s")}, so a node failure stops the database; set spec.instances to at least 2 (3 recommended).",
                        db.Anchor("spec.instances")).Zh(
                        $"{db.DisplayZh()} 只运行 {n} 个实例，一个节点故障就会导致数据库停止服务；请将 spec.instances 设为至少 2（建议 3）。"), db.DocIndex);
                continue;
            }
            var rep = db.Spec?.Entry("replicas");
            var replicas = (rep?.Value as ScalarNode)?.AsInt() ?? 1;
            if (replicas >= 2 && rep is not null) report.Observe("CMP5501", db.File, rep.Key.Line);
            if (replicas < 2)
                buffer.Add(DocFindings.At("CMP5501", db.File, rep?.Key.Line ?? db.KindLine, rep?.Key.Column ?? 1,
                    $"{db.Display} ({engine}) runs {replicas} replica{(replicas == 1 ? "" : "s")}{(rep is null ? " (replicas not set)" : "")}, so one pod failure stops the database; run at least 2 replicas with replication (or an operator such as CloudNativePG).",
                    db.Anchor("spec.replicas")).Zh(
                    $"{db.DisplayZh()}（{engine}）只运行 {replicas} 个副本{(rep is null ? "（未设置 replicas）" : "")}，一个 Pod 故障就会导致数据库停止服务；请运行至少 2 个副本并配置复制（或使用 CloudNativePG 等 Operator）。"), db.DocIndex);

            var labels = db.PodLabels;
            var selecting = pdbs.Where(p => p.Namespace == db.Namespace && LabelSelector.Matches(p.Spec?.Map("selector"), labels)).ToList();
            foreach (var p in selecting) report.Examined(Themes.Ha, p.File);
            if (selecting.Count == 0)
            {
                buffer.Add(DocFindings.At("CMP5502", db.File, 1, 1,
                    $"{db.Display} ({engine}) has no PodDisruptionBudget, so a node drain can evict every pod at once; add a PodDisruptionBudget selecting its pods with minAvailable: 1.",
                    db.Anchor("pdb")).Zh(
                    $"{db.DisplayZh()}（{engine}）没有 PodDisruptionBudget，节点排空（drain）时可能同时驱逐其全部 Pod；请添加选中其 Pod 的 PodDisruptionBudget，并设置 minAvailable: 1。"), "");
                continue;
            }
            if (selecting.FirstOrDefault(p => KeepsAPod(p, replicas)) is { } keeping)
            {
                // A PodDisruptionBudget that keeps a pod of a replicated database running: positive evidence.
                if (replicas >= 2) report.Observe("CMP5502", keeping.File, keeping.KindLine);
                continue;
            }
            var bad = selecting[0];
            var at = bad.Spec?.Entry("minAvailable") ?? bad.Spec?.Entry("maxUnavailable");
            buffer.Add(DocFindings.At("CMP5502", bad.File, at?.Key.Line ?? bad.KindLine, at?.Key.Column ?? 1,
                $"PodDisruptionBudget {bad.Namespace}/{bad.Name} selects {db.Display} but lets every one of its {replicas} pod{(replicas == 1 ? "" : "s")} be evicted; set minAvailable: 1 (or maxUnavailable below the replica count).",
                bad.Anchor(at is null ? "spec" : "spec." + at.Key.Value)).Zh(
                $"PodDisruptionBudget {bad.Namespace}/{bad.Name} 选中了 {db.DisplayZh()}，但允许其全部 {replicas} 个 Pod 被驱逐；请设置 minAvailable: 1（或使 maxUnavailable 小于副本数）。"), bad.DocIndex);
        }
        foreach (var file in index.Compose)
        {
            report.Examined(Themes.Ha, file.File);
            foreach (var svc in file.Services.Where(s => DataStores.DatabaseEngine(s.Image) is not null))
                buffer.Add(ComposeProduction.Judged(DocFindings.At("CMP5504", file.File, svc.Key,
                    $"Compose service '{svc.Name}' runs the production database ({DataStores.ImageName(svc.Image!)}) as a single container on one host, with no failover; run it replicated (managed database, or an HA cluster on Kubernetes).",
                    svc.Anchor("")).Zh(
                    $"Compose 服务 '{svc.Name}' 以单个容器在单台主机上运行生产数据库（{DataStores.ImageName(svc.Image!)}），没有故障切换能力；请以复制方式运行（云托管数据库，或 Kubernetes 上的高可用集群）。"), file));
        }
        buffer.FlushTo(report);
    }

    /// <summary>minAvailable ≥ 1, or maxUnavailable smaller than the replica count (percentages rounded up, as the disruption controller does).</summary>
    private static bool KeepsAPod(K8sObject pdb, long replicas)
    {
        var spec = pdb.Spec;
        if (spec?.Scalar("minAvailable") is { IsNull: false } min)
            return Count(min.Value, replicas) >= 1;
        if (spec?.Scalar("maxUnavailable") is { IsNull: false } max)
            return Count(max.Value, replicas) < replicas;
        return false; // neither set: the budget keeps nothing
    }

    private static long Count(string value, long replicas)
    {
        var v = value.Trim();
        if (v.EndsWith('%') && double.TryParse(v[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var pct))
            return (long)Math.Ceiling(pct / 100.0 * replicas);
        return long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}

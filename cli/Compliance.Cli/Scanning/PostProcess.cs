namespace Compliance.Cli.Scanning;

using Compliance.Cli.Gating;
using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;
using Compliance.Rules.Configuration;
using Compliance.Rules.Model;

/// <summary>After the checks: waivers, baseline, claim verdicts and summary counts.</summary>
public static class PostProcess
{
    public static void Apply(ScanResult result, RuleCatalog catalog, Profile profile, ComplianceConfig? config, DateOnly asOf,
        string? baselinePath, ScanRequest request)
    {
        result.Scan.Profile = profile.Id;
        result.Scan.SystemName = config?.SystemName;
        result.Scan.Organisation = config?.Organisation;
        result.Scan.ReportNumber = config?.ReportNumber;
        if (config?.SignOff is { } so)
            result.Scan.Signoff = new SignOffNames { PreparedBy = so.PreparedBy, ReviewedBy = so.ReviewedBy, ApprovedBy = so.ApprovedBy };
        if (config?.Remediation is { Count: > 0 } plan)
            result.Remediation = plan.Select(r => new RemediationPlan { Group = r.Group, Owner = r.Owner, Due = r.Due.ToString("yyyy-MM-dd"), Note = r.Note }).ToList();
        result.EvidenceRecords = EvidenceRegister(config, asOf, result.Notices, request.Lang);

        if (config?.Waivers is { Count: > 0 } waivers)
            Waivers.Apply(result, waivers.Select(w => new WaiverEntry(w.Rule, w.Path, w.Reason, w.Owner, w.Expires)), asOf);

        if (baselinePath is not null)
            Baseline.Apply(result, BaselineFile.Load(baselinePath));

        if (result.Scan.ChangedSince is not null)
        {
            // A verdict on a whitepaper claim speaks for the whole system; a pull-request scan sees only the change.
            result.Claims = [];
            result.Notices.Add(Notice.Of("claims-not-judged", new LocalizedText(
                "未评估白皮书声明：--changed-since 只报告变更的文件，而声明的结论需要检查整个代码库。请运行完整扫描以生成审计报告。",
                "Claims were not judged: --changed-since reports only the changed files, and a claim's verdict needs the whole repository. Run a full scan for the audit report."),
                request.Lang));
        }
        else
        {
            var examined = result.Examined.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value, StringComparer.Ordinal);
            result.Claims = ClaimEvaluator.Evaluate(profile, catalog, result.Findings, examined, result.Observations, result.EvidenceRecords);
            result.Summary.Overall = ClaimEvaluator.Overall(result.Claims);
        }
        Summarise(result);
    }

    /// <summary>
    /// compliance.yaml <c>evidence:</c> judged against asOf (else today): an entry past its expiry no longer
    /// closes its item, which reopens, and a notice says so (as for an expired waiver).
    /// </summary>
    public static List<EvidenceRecord> EvidenceRegister(ComplianceConfig? config, DateOnly asOf, List<Notice> notices, string lang = "zh-CN")
    {
        var list = new List<EvidenceRecord>();
        foreach (var e in config?.Evidence ?? [])
        {
            var expired = e.Expires is { } x && x < asOf;
            if (expired)
                notices.Add(Notice.Of("evidence-expired", new LocalizedText(
                    $"{e.Item} 的证据（{e.Document}，审核人 {e.Reviewer}）已于 {e.Expires:yyyy-MM-dd} 过期；在登记新的证据之前，该项重新处于未关闭状态。",
                    $"Evidence for {e.Item} ({e.Document}, reviewed by {e.Reviewer}) expired on {e.Expires:yyyy-MM-dd}; the item is open again until new evidence is recorded."),
                    lang, Path.GetFileName(config!.SourceFile)));
            list.Add(new EvidenceRecord
            {
                Item = e.Item,
                Document = e.Document,
                Reviewer = e.Reviewer,
                Date = e.Date.ToString("yyyy-MM-dd"),
                Expires = e.Expires?.ToString("yyyy-MM-dd"),
                Note = e.Note,
                Status = expired ? "expired" : "valid",
            });
        }
        return list;
    }

    public static void Summarise(ScanResult result) => result.Summary.CountFrom(result.Findings, result.Skipped.Count);
}

namespace Compliance.PolicyEngine.Checks.Backup;

using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Cronos;

/// <summary>The "at least daily", duration and region rules of policy-defaults §3.</summary>
public static partial class BackupRules
{
    /// <summary>
    /// At least daily: a five-field cron (six with seconds first for CloudNativePG) whose
    /// day-of-month, month and day-of-week are all <c>*</c> or <c>*/1</c>; <c>@daily</c>,
    /// <c>@midnight</c>, <c>@hourly</c>; <c>@every d</c> with d ≤ 24h. The expression must also be
    /// valid (Cronos parses it).
    /// </summary>
    public static bool IsAtLeastDaily(string? schedule, bool withSeconds = false)
    {
        if (string.IsNullOrWhiteSpace(schedule)) return false;
        var s = schedule.Trim();
        // Kubernetes CronJob/Velero accept a CRON_TZ=/TZ= prefix.
        if (s.StartsWith("CRON_TZ=", StringComparison.Ordinal) || s.StartsWith("TZ=", StringComparison.Ordinal))
            s = s[(s.IndexOf(' ') is var sp and > 0 ? sp + 1 : s.Length)..].Trim();
        if (s.StartsWith('@'))
        {
            if (s.StartsWith("@every", StringComparison.OrdinalIgnoreCase))
                return GoDuration(s[6..].Trim()) is { } d && d > TimeSpan.Zero && d <= TimeSpan.FromHours(24);
            return s.ToLowerInvariant() is "@daily" or "@midnight" or "@hourly";
        }
        var fields = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != (withSeconds ? 6 : 5)) return false;
        try { CronExpression.Parse(s, withSeconds ? CronFormat.IncludeSeconds : CronFormat.Standard); }
        catch (CronFormatException) { return false; }
        return fields[^3..].All(f => f is "*" or "*/1" or "?");
    }

    /// <summary>Go duration ("720h0m0s", "168h", "90m", "1.5h").</summary>
    public static TimeSpan? GoDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        var matches = GoDurationPart().Matches(t);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != t) return null;
        double ms = 0;
        foreach (Match m in matches)
        {
            var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            ms += m.Groups[2].Value switch
            {
                "h" => v * 3_600_000, "m" => v * 60_000, "s" => v * 1000, "ms" => v, "us" or "µs" => v / 1000, _ => v / 1_000_000,
            };
        }
        return TimeSpan.FromMilliseconds(ms);
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)")]
    private static partial Regex GoDurationPart();

    /// <summary>CloudNativePG retentionPolicy ("30d", "4w", "3m" months) in days.</summary>
    public static double? RetentionDays(string? policy)
    {
        var m = policy is null ? null : RetentionRegex().Match(policy.Trim());
        if (m is null || !m.Success) return null;
        var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "d" => n, "w" => n * 7, _ => n * 30 };
    }

    [GeneratedRegex(@"^(\d+)\s*([dwm])$")]
    private static partial Regex RetentionRegex();

    /// <summary>Region in an object-storage endpoint host (Aliyun OSS, AWS S3, Tencent COS).</summary>
    public static string? RegionOfEndpoint(string? text)
    {
        if (text is null) return null;
        var m = EndpointRegion().Match(text);
        if (!m.Success) return null;
        return m.Groups["oss"].Success ? m.Groups["oss"].Value : m.Groups["s3"].Success ? m.Groups["s3"].Value : m.Groups["cos"].Value;
    }

    [GeneratedRegex(@"oss-(?<oss>[a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com|s3[.-](?<s3>[a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?|cos\.(?<cos>[a-z]+-[a-z]+(?:-[a-z]+)?)\.myqcloud\.com", RegexOptions.IgnoreCase)]
    private static partial Regex EndpointRegion();

    /// <summary>An s3Url/endpoint inside the cluster (service DNS name or a bare host like "minio").</summary>
    public static bool IsInClusterEndpoint(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/', ':')[0].ToLowerInvariant();
        return host.EndsWith(".svc", StringComparison.Ordinal) || host.EndsWith(".svc.cluster.local", StringComparison.Ordinal) ||
               host.Contains(".svc.", StringComparison.Ordinal) || (host.Length > 0 && !host.Contains('.') && host != "localhost" && !host.All(c => char.IsDigit(c) || c == '.'));
    }

    /// <summary>
    /// The cluster region: a Velero VolumeSnapshotLocation's spec.config.region; else a
    /// topology region label in a nodeSelector or node affinity; else a zone label without its
    /// last "-x" suffix.
    /// </summary>
    public static string? ClusterRegion(IReadOnlyList<K8sObject> all)
    {
        var vsl = all.Where(o => o.Is("VolumeSnapshotLocation", "velero.io")).Select(o => o.Spec.At("config", "region") is ScalarNode { IsNull: false } r ? r.Value : null).FirstOrDefault(r => r is not null);
        if (vsl is not null) return vsl;
        string? region = null, zone = null;
        foreach (var o in all) Walk(o.Root, ref region, ref zone);
        if (region is not null) return region;
        if (zone is not null) return zone.LastIndexOf('-') is var i and > 0 ? zone[..i] : zone;
        return null;
    }

    private static readonly string[] s_regionKeys = ["topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region"];
    private static readonly string[] s_zoneKeys = ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"];

    private static void Walk(DocNode? node, ref string? region, ref string? zone)
    {
        switch (node)
        {
            case MapNode m:
                foreach (var e in m.Entries)
                {
                    if (e.Value is ScalarNode { IsNull: false } s)
                    {
                        if (region is null && s_regionKeys.Contains(e.Key.Value)) region = s.Value;
                        if (zone is null && s_zoneKeys.Contains(e.Key.Value)) zone = s.Value;
                    }
                }
                // node affinity: {key: topology.kubernetes.io/region, operator: In, values: [cn-hangzhou]}
                if (m.Str("key") is { } key && m["values"].Strings().FirstOrDefault() is { } first)
                {
                    if (region is null && s_regionKeys.Contains(key)) region = first;
                    if (zone is null && s_zoneKeys.Contains(key)) zone = first;
                }
                foreach (var e in m.Entries) Walk(e.Value, ref region, ref zone);
                break;
            case SeqNode s:
                foreach (var i in s.Items) Walk(i, ref region, ref zone);
                break;
        }
    }
}

namespace Compliance.Cli.Gating;

using System.Globalization;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;
using Compliance.Rules.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

/// <summary>A waiver from compliance.yaml: accept <paramref name="RuleId"/> findings in files matching <paramref name="Path"/> until <paramref name="Expires"/>.</summary>
/// <param name="RuleId">Rule id (e.g. CMP1001), or <c>*</c> for every rule.</param>
/// <param name="Path">Scan-root-relative glob (<c>**</c>, <c>*</c>; FileSystemGlobbing syntax, no negation).</param>
/// <param name="Expires">Last day the waiver applies (inclusive); null = no expiry.</param>
public sealed record WaiverEntry(string RuleId, string Path, string Reason, string Owner, DateOnly? Expires);

/// <summary>
/// Applies waivers. A finding waived by a live waiver gets an external suppression (justification
/// = reason, owner, expiry) and stays in SARIF/results.json as suppressed. A finding matched only
/// by expired waivers is not suppressed, and each expired waiver that still matches something adds
/// one tool notice (<see cref="ExpiredWaiverCode"/>, no theme of its own).
/// </summary>
public static class Waivers
{
    public const string ExpiredWaiverCode = "CMP9003";

    public static void Apply(ScanResult result, IEnumerable<WaiverEntry> waivers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(waivers);
        var compiled = waivers.Select(w => (Waiver: w, Matcher: MatcherFor(w.Path))).ToList();
        var expiredHits = new Dictionary<WaiverEntry, List<string>>();

        foreach (var f in result.Findings)
        {
            if (f.BaselineState == BaselineStates.Absent) continue;
            // #pragma / [SuppressMessage] already suppress it in source; a waiver does not override that.
            if (f.Suppression is { Kind: "inSource" } || f.Suppression?.Justification == Compliance.Cli.Scanning.ScanPipeline.AllowlistJustification) continue;
            f.Suppression = null;
            foreach (var (w, matcher) in compiled)
            {
                if (!RuleMatches(w.RuleId, f.RuleId) || !matcher.Match(f.File).HasMatches) continue;
                if (w.Expires is { } exp && exp < asOf)
                {
                    if (!expiredHits.TryGetValue(w, out var files)) expiredHits[w] = files = [];
                    files.Add($"{f.File}:{f.StartLine}");
                    continue;
                }
                f.Suppression = new Suppression
                {
                    Kind = "external",
                    Justification = w.Reason,
                    Owner = string.IsNullOrWhiteSpace(w.Owner) ? null : w.Owner,
                    Expires = w.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
                break;
            }
        }

        foreach (var (w, hits) in expiredHits.OrderBy(kv => kv.Key.RuleId, StringComparer.Ordinal).ThenBy(kv => kv.Key.Path, StringComparer.Ordinal))
        {
            var first = hits.Order(StringComparer.Ordinal).First();
            var expires = w.Expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            result.Notices.Add(Notice.Of(ExpiredWaiverCode, new LocalizedText(
                $"{w.RuleId} 在 '{w.Path}' 上的豁免（负责人 {(string.IsNullOrWhiteSpace(w.Owner) ? "未知" : w.Owner)}）已于 {expires} 过期；{hits.Count} 个发现不再被抑制。",
                $"Waiver for {w.RuleId} on '{w.Path}' (owner {(string.IsNullOrWhiteSpace(w.Owner) ? "unknown" : w.Owner)}) expired on {expires}; {hits.Count} finding(s) are no longer suppressed."),
                result.Scan.Lang, first[..first.LastIndexOf(':')]));
        }
    }

    private static bool RuleMatches(string waiverRule, string ruleId) =>
        waiverRule == "*" || string.Equals(waiverRule.Trim(), ruleId, StringComparison.OrdinalIgnoreCase);

    private static Matcher MatcherFor(string glob)
    {
        var pattern = (glob ?? "").Trim().Replace('\\', '/');
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        if (pattern.Length == 0) pattern = "**/*";
        if (pattern.StartsWith('!'))
            throw new ConfigException($"compliance.yaml: waiver path '{glob}': negated globs are not supported");
        // "src/legacy/" means everything below that folder.
        if (pattern.EndsWith('/')) pattern += "**/*";
        var m = new Matcher(StringComparison.Ordinal);
        m.AddInclude(pattern);
        return m;
    }
}

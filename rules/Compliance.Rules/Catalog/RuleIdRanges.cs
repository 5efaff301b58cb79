namespace Compliance.Rules.Catalog;

using System.Text.RegularExpressions;
using Compliance.Rules.Model;

/// <summary>Which CMP id range belongs to which theme (DECISIONS.md, "Rule ids and the catalog").</summary>
public static partial class RuleIdRanges
{
    [GeneratedRegex(@"^CMP(\d{4})$")]
    private static partial Regex IdPattern();

    /// <summary>Theme → the (first, last) numbers of its ranges; a theme may own several blocks (DECISIONS.md, second wave: tls = CMP53xx + CMP42xx).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(int First, int Last)>> ByTheme = new Dictionary<string, IReadOnlyList<(int, int)>>(StringComparer.Ordinal)
    {
        [Themes.Secret] = [(1000, 1999)],
        [Themes.WeakHash] = [(2000, 2999)],
        [Themes.Pii] = [(3000, 3999)],
        [Themes.Mfa] = [(5000, 5099)],
        [Themes.Allowlist] = [(5100, 5199)],
        [Themes.SshHardening] = [(5200, 5299)],
        [Themes.Tls] = [(5300, 5399), (4200, 4299)],
        [Themes.Backup] = [(5400, 5499)],
        [Themes.Ha] = [(5500, 5599)],
        [Themes.AuditLog] = [(5600, 5699)],
        [Themes.AccessControl] = [(4000, 4099), (5700, 5799)],
        [Themes.AccountSecurity] = [(4100, 4199)],
        [Themes.VulnManagement] = [(5800, 5899)],
        [Themes.ParseError] = [(9000, 9999)],
    };

    public static bool IsWellFormed(string id) => IdPattern().IsMatch(id);

    /// <summary>True when the id's number lies in the theme's range.</summary>
    public static bool InRange(string id, string theme)
    {
        var m = IdPattern().Match(id);
        return m.Success && ByTheme.TryGetValue(theme, out var ranges) && int.Parse(m.Groups[1].Value) is var n && ranges.Any(r => n >= r.First && n <= r.Last);
    }

    /// <summary>
    /// Observation ids (DECISIONS.md, "Observations"): CMP19xx, CMP29xx, CMP39xx (CMP3900 stays the
    /// inventory, a kind of its own), CMP4090-4099, CMP4190-4199, CMP4290-4299.
    /// </summary>
    public static bool IsObservationId(string id)
    {
        var m = IdPattern().Match(id);
        if (!m.Success) return false;
        var n = int.Parse(m.Groups[1].Value);
        return n is (>= 1900 and <= 1999) or (>= 2900 and <= 2999) or (>= 3901 and <= 3999)
            or (>= 4090 and <= 4099) or (>= 4190 and <= 4199) or (>= 4290 and <= 4299);
    }

    public static string Describe(string theme) =>
        ByTheme.TryGetValue(theme, out var ranges) ? string.Join(", ", ranges.Select(r => $"CMP{r.First:D4}-CMP{r.Last:D4}")) : "none";
}

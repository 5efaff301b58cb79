namespace Compliance.PolicyEngine;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>A configuration file handed to the engine: scan-root-relative path ('/') and decoded text.</summary>
public sealed record ConfigFile(string Path, string Text);

/// <summary>Thresholds and lists from compliance.yaml (defaults: reference/policy-defaults.md).</summary>
public sealed class PolicyOptions
{
    /// <summary>Approved CIDRs for allowlist surfaces; empty = only "not open" is checked.</summary>
    public IReadOnlyList<string> ApprovedNetworks { get; init; } = [];
    public int MaxAuthTries { get; init; } = 4;
    public int MinBackupRetentionDays { get; init; } = 7;
    /// <summary>Opt-in 180-day log-retention check (DECISIONS: off by default).</summary>
    public bool CheckLogRetention { get; init; }
}

/// <summary>
/// One registered check (Checkov-style registry): reads the scan's documents and reports
/// findings for the rule ids it owns. Checks never throw on odd input: they skip what they
/// cannot judge (parse errors are reported once, by the parser, as CMP9001).
/// </summary>
public interface IPolicyCheck
{
    /// <summary>Rule ids (CMP5xxx) this check can report; each must have rules/policies/&lt;theme&gt;/&lt;id&gt;/policy.yaml.</summary>
    IReadOnlyList<string> RuleIds { get; }
    void Run(DocumentSet documents, PolicyReport report);
}

/// <summary>Collects findings and which files each theme examined (claims need "what was looked at").</summary>
public sealed class PolicyReport
{
    private readonly List<Finding> _findings = [];
    private readonly HashSet<Observation> _observations = [];
    private readonly SortedDictionary<string, SortedSet<string>> _examined = new(StringComparer.Ordinal);

    public PolicyOptions Options { get; }
    public PolicyReport(PolicyOptions options) => Options = options;

    public void Add(Finding finding) { lock (_findings) _findings.Add(finding); }

    public void Examined(string theme, string file)
    {
        lock (_examined)
        {
            if (!_examined.TryGetValue(theme, out var set)) _examined[theme] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(file);
        }
    }

    /// <summary>
    /// Records positive evidence: <paramref name="ruleId"/>'s judgement passed at a site that actually
    /// configures the thing (a TLS server with good protocols, a backup schedule covering a database…),
    /// at <paramref name="line"/> of <paramref name="file"/>. Call it only where the check judged something:
    /// "examined, nothing to judge" is never an observation (DECISIONS.md, "Observations").
    /// </summary>
    public void Observe(string ruleId, string file, int line)
    {
        lock (_observations) _observations.Add(new Observation { RuleId = ruleId, File = file, Line = Math.Max(1, line) });
    }

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Observations sorted by file, line, rule.</summary>
    public IReadOnlyList<Observation> Observations
    {
        get
        {
            lock (_observations)
                return _observations.OrderBy(o => o.File, StringComparer.Ordinal).ThenBy(o => o.Line).ThenBy(o => o.RuleId, StringComparer.Ordinal).ToList();
        }
    }
    public IReadOnlyDictionary<string, SortedSet<string>> ExaminedFiles => _examined;
}

/// <summary>The result of evaluating every check over a scan's config files.</summary>
public sealed record PolicyRunResult(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, SortedSet<string>> Examined)
{
    /// <summary>Positive evidence the checks recorded (<see cref="PolicyReport.Observe"/>).</summary>
    public IReadOnlyList<Observation> Observations { get; init; } = [];
}

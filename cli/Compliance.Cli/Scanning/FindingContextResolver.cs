namespace Compliance.Cli.Scanning;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Configuration;
using Compliance.Rules.Model;
using Microsoft.Extensions.FileSystemGlobbing;

/// <summary>
/// Gives each result its context (DECISIONS.md "Precision and context"), in this order: the first
/// matching compliance.yaml <c>contexts:</c> entry (<c>none</c> = production); a file of a test
/// project (references a unit-test framework); the path (<see cref="FindingContexts.FromPath"/>:
/// the development environment's files, then the scan-root-relative folders). A result with a context is lowered to <c>low</c> and its
/// message says why.
/// </summary>
public sealed class FindingContextResolver
{
    private readonly List<(Matcher Matcher, string Context)> _overrides = [];
    private readonly IReadOnlySet<string> _testProjectFiles;

    public FindingContextResolver(IReadOnlyList<ContextRule> overrides, IReadOnlySet<string> testProjectFiles)
    {
        foreach (var rule in overrides) _overrides.Add((MatcherFor(rule.Path), rule.Context));
        _testProjectFiles = testProjectFiles;
    }

    /// <summary>The context of a scan-root-relative file, or null for production.</summary>
    public string? ContextOf(string relativePath)
    {
        foreach (var (matcher, context) in _overrides)
            if (matcher.Match(relativePath).HasMatches) return context == FindingContexts.None ? null : context;
        if (_testProjectFiles.Contains(relativePath)) return FindingContexts.Test;
        return FindingContexts.FromPath(relativePath);
    }

    /// <summary>policy-defaults' out-of-scope files (any appsettings.&lt;Env&gt;.json but Production, dev/local/override
    /// Compose files): they get no policy finding.</summary>
    public static bool IsOutOfPolicyScope(string relativePath) =>
        ConfigIndex.AppSettingsLayer(relativePath) < 0
        || (ConfigIndex.IsComposeName(relativePath) && ConfigIndex.IsOutOfScopeCompose(relativePath));

    // Rules whose subject is the very data a context holds: CMP3010 (real-looking personal data written in code) is
    // about seed and fixture data, so the fixture context does not lower it.
    private static readonly Dictionary<string, string> RulesAboutTheirContext = new(StringComparer.Ordinal) { ["CMP3010"] = FindingContexts.Fixture };

    /// <summary>The finding with its context: severity low and the reason in the message (in both languages).</summary>
    public Finding Apply(Finding f)
    {
        var context = f.Context ?? ContextOf(f.File);
        if (context is null) return f;
        if (RulesAboutTheirContext.TryGetValue(f.RuleId, out var own) && own == context) return f;
        return f with
        {
            Context = context,
            SeverityOverride = Severity.Low,
            Message = f.Message + FindingContexts.Reason(context, english: true),
            MessageZh = f.MessageZh is null ? null : f.MessageZh + FindingContexts.Reason(context, english: false),
        };
    }

    private static Matcher MatcherFor(string glob)
    {
        var pattern = glob.Trim();
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        // "tools/seed/" means everything below that folder.
        if (pattern.EndsWith('/')) pattern += "**/*";
        var m = new Matcher(StringComparison.Ordinal);
        m.AddInclude(pattern);
        return m;
    }
}

namespace Compliance.PolicyEngine.Sshd;

using Compliance.Rules.Model;

/// <summary>The settings one kind of connection gets: the global section, or a Match block over it.</summary>
public sealed class SshdView
{
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    internal SshdView(SshdConfig config, SshdMatchBlock? block)
    {
        Config = config;
        Block = block;
    }

    public SshdConfig Config { get; }
    public SshdMatchBlock? Block { get; }
    internal IReadOnlyCollection<string> Touched => _touched;

    /// <summary>The effective directive (null = OpenSSH default); records which keywords the rule read.</summary>
    public SshdDirective? Get(string keyword)
    {
        _touched.Add(keyword.ToLowerInvariant());
        return Config.Effective(Block, keyword);
    }

    /// <summary>Effective yes/no flag with OpenSSH's default when absent (values are case-insensitive).</summary>
    public bool Flag(string keyword, bool defaultValue, params string[] aliases)
    {
        var d = Get(keyword);
        foreach (var a in aliases) d ??= Get(a);
        return d is null ? defaultValue : d.Args.Count > 0 && d.Args[0].Equals("yes", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A rule's verdict on one view: the directive holding the wrong value (null = a bad default) and the message.</summary>
public sealed record SshdViolation(SshdDirective? Culprit, string Keyword, string Message, string MessageZh);

/// <summary>
/// Applies an sshd rule to every kind of connection (policy-defaults §4): the global section and
/// each Match block. One result per rule per file per Match block: a block is reported when its
/// settings are wrong and the block itself causes it (the culprit is in the block, or the global
/// section alone is fine); a wrong global value inherited by a block is reported once, globally.
/// </summary>
public static class SshdPolicy
{
    public static void Run(DocumentSet documents, PolicyReport report, string ruleId, string theme, Func<SshdView, SshdViolation?> rule)
    {
        foreach (var config in SshdConfig.AllIn(documents))
        {
            foreach (var f in config.Files) report.Examined(theme, f);
            var globalView = new SshdView(config, null);
            var global = rule(globalView);
            if (global is not null) report.Add(Make(ruleId, config, null, global, global.Culprit));
            else if (globalView.Touched.Select(k => config.Effective(null, k)).OfType<SshdDirective>().OrderBy(d => d.Line).FirstOrDefault() is { } set)
                // Positive evidence is the effective directive the rule read and accepted; a pass that rests
                // only on OpenSSH's defaults configures nothing and is not an observation.
                report.Observe(ruleId, set.File, set.Line);
            foreach (var block in config.Matches)
            {
                var view = new SshdView(config, block);
                if (rule(view) is not { } v) continue;
                var culpritInBlock = v.Culprit is not null && block.Directives.Contains(v.Culprit);
                if (culpritInBlock) { report.Add(Make(ruleId, config, block, v, v.Culprit)); continue; }
                if (global is not null) continue;
                // The block changed something this rule reads and made it wrong: point at that change.
                var changed = block.Directives.FirstOrDefault(d => view.Touched.Contains(d.Keyword));
                if (changed is not null) report.Add(Make(ruleId, config, block, v, changed));
            }
        }
    }

    private static string Trim(string s) => s.Length > 200 ? s[..200] + "…" : s;

    private static Finding Make(string ruleId, SshdConfig config, SshdMatchBlock? block, SshdViolation v, SshdDirective? at)
    {
        var where = block is null ? "global" : "Match " + block.CriteriaText;
        var scope = block is null ? "" : $" (in the block 'Match {block.CriteriaText}')";
        return new Finding
        {
            RuleId = ruleId,
            File = at?.File ?? config.MainFile,
            StartLine = at?.Line ?? 1,
            StartColumn = 1,
            EndLine = at?.Line ?? 1,
            EndColumn = 1,
            Message = v.Message + scope,
            MessageZh = block is null ? v.MessageZh : $"在 'Match {block.CriteriaText}' 块中：{v.MessageZh}",
            Evidence = at is null ? "" : Trim($"{at.Name} {at.Value}".Trim()),
            Anchor = $"sshd:{v.Keyword}@{where}",
        };
    }
}

namespace Compliance.PolicyEngine.Sshd;

using System.Text;
using Compliance.PolicyEngine.Common;

/// <summary>One sshd_config directive as written: keyword lower-cased for lookups, arguments, and where it is.</summary>
public sealed record SshdDirective(string Keyword, string Name, IReadOnlyList<string> Args, string File, int Line)
{
    public string Value => string.Join(' ', Args);
}

/// <summary>A <c>Match</c> block: its criteria as written, the parsed criteria, and the directives it holds.</summary>
public sealed class SshdMatchBlock
{
    internal SshdMatchBlock(int index, string criteriaText, IReadOnlyList<SshdMatchCriterion> criteria, string file, int line)
    {
        Index = index;
        CriteriaText = criteriaText;
        Criteria = criteria;
        File = file;
        Line = line;
    }

    public int Index { get; }
    /// <summary>"Address 10.0.0.0/8" — used in anchors and messages.</summary>
    public string CriteriaText { get; }
    public IReadOnlyList<SshdMatchCriterion> Criteria { get; }
    public string File { get; }
    public int Line { get; }
    public List<SshdDirective> Directives { get; } = [];

    /// <summary>The first value this block sets for <paramref name="keyword"/> (first wins inside a block too).</summary>
    public SshdDirective? First(string keyword) => Directives.FirstOrDefault(d => d.Keyword == keyword.ToLowerInvariant());
}

/// <summary>
/// An sshd_config as OpenSSH reads it (policy-defaults §4, servconf.c): case-insensitive keywords;
/// outside Match the first value wins; <c>Match</c> runs until the next Match or the end of the file
/// it is written in (an included file cannot clobber the includer's Match state); <c>Include</c> is
/// expanded in place (relative paths against /etc/ssh, absolute ones against the scan root, globs
/// in lexical order). Every value keeps its file and line. Never throws on junk input.
/// </summary>
public sealed class SshdConfig
{
    private const int MaxIncludeDepth = 16; // SERVCONF_MAX_DEPTH

    private readonly List<SshdDirective> _global = [];
    private readonly List<SshdMatchBlock> _matches = [];
    private readonly List<string> _files = [];

    private SshdConfig(string mainFile) => MainFile = mainFile;

    /// <summary>Scan-relative path of the main sshd_config.</summary>
    public string MainFile { get; }
    /// <summary>The main file and every file pulled in by Include, in reading order (each once).</summary>
    public IReadOnlyList<string> Files => _files;
    /// <summary>Directives outside any Match block, in reading order (duplicates kept).</summary>
    public IReadOnlyList<SshdDirective> Global => _global;
    public IReadOnlyList<SshdMatchBlock> Matches => _matches;

    /// <summary>
    /// The directory standing for "/" of the machine this file belongs to: "srv1/" for
    /// "srv1/etc/ssh/sshd_config", "" otherwise.
    /// </summary>
    public string SystemRoot => SystemRootOf(MainFile);

    internal static string SystemRootOf(string mainFile)
    {
        var i = mainFile.LastIndexOf("etc/ssh/", StringComparison.Ordinal);
        return i > 0 && mainFile[i - 1] == '/' ? mainFile[..i] : "";
    }

    /// <summary>The first global value (the one sshd uses outside Match), or null when the default applies.</summary>
    public SshdDirective? GlobalValue(string keyword)
    {
        var k = keyword.ToLowerInvariant();
        return _global.FirstOrDefault(d => d.Keyword == k);
    }

    /// <summary>All global lines of a list keyword (AllowUsers, ListenAddress accumulate over lines).</summary>
    public IEnumerable<SshdDirective> GlobalAll(string keyword)
    {
        var k = keyword.ToLowerInvariant();
        return _global.Where(d => d.Keyword == k);
    }

    /// <summary>
    /// The value for connections a Match block matches, as the policy judges each "kind of
    /// connection": the block's own first value, else the global one (null = OpenSSH default).
    /// </summary>
    public SshdDirective? Effective(SshdMatchBlock? block, string keyword) =>
        block?.First(keyword) ?? GlobalValue(keyword);

    /// <summary>
    /// The settings sshd applies to one concrete connection (what <c>sshd -T -C ...</c> prints):
    /// global first-wins values, replaced by the first value from any matching Match block.
    /// List keywords (AllowUsers, DenyUsers, ListenAddress, ...) collect every line.
    /// Keys are lower-case keywords; a missing key means OpenSSH's default.
    /// </summary>
    public IReadOnlyDictionary<string, SshdDirective> EffectiveFor(SshdConnection connection)
    {
        var result = new Dictionary<string, SshdDirective>(StringComparer.Ordinal);
        foreach (var d in _global) Accumulate(result, d);
        var fromMatch = new Dictionary<string, SshdDirective>(StringComparer.Ordinal);
        foreach (var block in _matches.Where(b => SshdMatchCriterion.Matches(b.Criteria, connection)))
            foreach (var d in block.Directives) Accumulate(fromMatch, d);
        foreach (var (k, d) in fromMatch) result[k] = d;
        return result;
    }

    /// <summary>Keywords whose lines append to one list rather than first-wins.</summary>
    public static readonly IReadOnlySet<string> ListKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "allowusers", "denyusers", "allowgroups", "denygroups", "listenaddress", "port", "acceptenv", "hostkey",
        "subsystem", "setenv", "permitopen", "permitlisten", "hostcertificate", "channeltimeout",
    };

    /// <summary>Old spellings that set the same option (servconf.c keywords table): first value of either wins.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["challengeresponseauthentication"] = "kbdinteractiveauthentication",
        ["skeyauthentication"] = "kbdinteractiveauthentication",
        ["dsaauthentication"] = "pubkeyauthentication",
        ["authorizedkeysfile2"] = "authorizedkeysfile",
    };

    private static void Accumulate(Dictionary<string, SshdDirective> into, SshdDirective d)
    {
        if (ListKeywords.Contains(d.Keyword))
        {
            into[d.Keyword] = into.TryGetValue(d.Keyword, out var have)
                ? have with { Args = [.. have.Args, .. d.Args] }
                : d;
            return;
        }
        into.TryAdd(d.Keyword, d);
    }

    /// <summary>Every sshd_config of the scan (files named exactly <c>sshd_config</c>), parsed once per scan.</summary>
    public static IReadOnlyList<SshdConfig> AllIn(DocumentSet documents) =>
        documents.Get("sshd", () => documents.Files
            .Where(f => IsMainFile(f.Path))
            .Select(f => Parse(f.Path, documents))
            .ToList());

    public static bool IsMainFile(string path) =>
        string.Equals(path.Split('/')[^1], "sshd_config", StringComparison.Ordinal);

    public static SshdConfig Parse(string mainFile, DocumentSet documents)
    {
        var config = new SshdConfig(mainFile);
        if (documents.ByPath.TryGetValue(mainFile, out var main))
            config.ReadFile(main, documents, null, [], 0);
        return config;
    }

    private void ReadFile(ConfigFile file, DocumentSet documents, SshdMatchBlock? outer, List<string> chain, int depth)
    {
        if (!_files.Contains(file.Path)) _files.Add(file.Path);
        chain.Add(file.Path);
        var current = outer;
        var lineNo = 0;
        foreach (var raw in SplitLines(file.Text))
        {
            lineNo++;
            if (!TryTokenize(raw, out var name, out var args)) continue;
            var keyword = name.ToLowerInvariant();
            if (s_aliases.TryGetValue(keyword, out var canonical)) keyword = canonical;
            if (keyword == "match")
            {
                var criteria = SshdMatchCriterion.Parse(args);
                // A Match inside a file included from a Match block only applies where both match.
                if (outer is not null) criteria = [.. outer.Criteria, .. criteria];
                var text = string.Join(' ', args);
                if (outer is not null) text = outer.CriteriaText + " " + text;
                current = new SshdMatchBlock(_matches.Count, text, criteria, file.Path, lineNo);
                _matches.Add(current);
                continue;
            }
            if (keyword == "include")
            {
                if (depth >= MaxIncludeDepth) continue;
                foreach (var target in ResolveInclude(args, documents))
                {
                    if (chain.Contains(target.Path)) continue; // include loop: sshd would refuse; we skip
                    ReadFile(target, documents, current, chain, depth + 1);
                }
                continue;
            }
            var d = new SshdDirective(keyword, name, args, file.Path, lineNo);
            if (current is null) _global.Add(d);
            else current.Directives.Add(d);
        }
        chain.RemoveAt(chain.Count - 1);
    }

    private IEnumerable<ConfigFile> ResolveInclude(IReadOnlyList<string> args, DocumentSet documents)
    {
        foreach (var arg in args)
        {
            if (arg.StartsWith('~')) continue; // a user's home on the target machine: not in the scan
            var absolute = arg.StartsWith('/') ? arg : "/etc/ssh/" + arg;
            // policy-defaults §1: "/x/y" means <scan root>/x/y. When the scan holds a whole machine
            // image below a folder ("srv1/etc/ssh/sshd_config"), "/" is that folder instead.
            var hits = PathGlob.Expand(absolute.TrimStart('/'), documents.ByPath.Keys);
            if (hits.Count == 0 && SystemRoot.Length > 0)
                hits = PathGlob.Expand(SystemRoot + absolute.TrimStart('/'), documents.ByPath.Keys);
            foreach (var h in hits) yield return documents.ByPath[h];
        }
    }

    internal static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            yield return text.AsSpan(start, i - start).TrimEnd('\r').ToString();
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..].TrimEnd('\r');
    }

    /// <summary>
    /// Splits a line as sshd does (misc.c argv_split): keyword up to whitespace or '=', then
    /// arguments separated by whitespace, double quotes group, a '#' at the start of an
    /// argument ends the line. Blank and comment lines yield false.
    /// </summary>
    internal static bool TryTokenize(string line, out string keyword, out IReadOnlyList<string> args)
    {
        keyword = "";
        args = [];
        var s = line.AsSpan().TrimStart(" \t\f\v");
        if (s.IsEmpty || s[0] == '#') return false;
        var k = 0;
        while (k < s.Length && !char.IsWhiteSpace(s[k]) && s[k] != '=') k++;
        keyword = s[..k].ToString();
        var rest = s[k..].TrimStart(" \t\f\v");
        if (!rest.IsEmpty && rest[0] == '=') rest = rest[1..];
        var list = new List<string>();
        var i = 0;
        while (i < rest.Length)
        {
            while (i < rest.Length && char.IsWhiteSpace(rest[i])) i++;
            if (i >= rest.Length || rest[i] == '#') break;
            var sb = new StringBuilder();
            var quoted = false;
            for (; i < rest.Length; i++)
            {
                var c = rest[i];
                if (c == '\\' && i + 1 < rest.Length && (rest[i + 1] is '"' or '\\' or '\'')) { sb.Append(rest[++i]); continue; }
                if (c == '"') { quoted = !quoted; continue; }
                if (!quoted && char.IsWhiteSpace(c)) break;
                sb.Append(c);
            }
            list.Add(sb.ToString());
        }
        args = list;
        return keyword.Length > 0;
    }
}

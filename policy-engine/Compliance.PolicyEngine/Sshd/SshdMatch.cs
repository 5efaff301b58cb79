namespace Compliance.PolicyEngine.Sshd;

using System.IO.Enumeration;
using Compliance.PolicyEngine.Common;

/// <summary>A concrete connection, as given to <c>sshd -T -C user=..,host=..,addr=..</c>.</summary>
public sealed record SshdConnection(string User, string Host, string Address, string? LocalAddress = null, int? LocalPort = null, IReadOnlyList<string>? Groups = null);

/// <summary>One criterion of a <c>Match</c> line ("Address" + "10.0.0.0/8,!10.1.0.0/16").</summary>
public sealed record SshdMatchCriterion(string Kind, string Patterns)
{
    public static IReadOnlyList<SshdMatchCriterion> Parse(IReadOnlyList<string> args)
    {
        var list = new List<SshdMatchCriterion>();
        for (var i = 0; i < args.Count; i++)
        {
            var kind = args[i];
            var eq = kind.IndexOf('=');
            if (eq > 0) { list.Add(new(kind[..eq].ToLowerInvariant(), kind[(eq + 1)..])); continue; }
            if (kind.Equals("all", StringComparison.OrdinalIgnoreCase)) { list.Add(new("all", "")); continue; }
            list.Add(new(kind.ToLowerInvariant(), i + 1 < args.Count ? args[++i] : ""));
        }
        return list;
    }

    /// <summary>All criteria must hold (servconf.c match_cfg_line). An unknown criterion never matches.</summary>
    public static bool Matches(IReadOnlyList<SshdMatchCriterion> criteria, SshdConnection c)
    {
        if (criteria.Count == 0) return false;
        foreach (var cr in criteria)
        {
            var ok = cr.Kind switch
            {
                "all" => true,
                "user" => PatternList(cr.Patterns, c.User, ignoreCase: false),
                "host" => PatternList(cr.Patterns, c.Host, ignoreCase: true),
                "address" => AddressList(cr.Patterns, c.Address),
                "localaddress" => c.LocalAddress is { } la && AddressList(cr.Patterns, la),
                "localport" => c.LocalPort is { } lp && PatternList(cr.Patterns, lp.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
                "group" => c.Groups is { } g && g.Any(x => PatternList(cr.Patterns, x, false)),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>match.c match_pattern_list: a matching negated entry vetoes; else any positive match.</summary>
    public static bool PatternList(string list, string value, bool ignoreCase)
    {
        var got = false;
        foreach (var raw in list.Split(','))
        {
            var neg = raw.StartsWith('!');
            var pat = neg ? raw[1..] : raw;
            if (pat.Length == 0) continue;
            if (FileSystemName.MatchesSimpleExpression(pat, value, ignoreCase))
            {
                if (neg) return false;
                got = true;
            }
        }
        return got;
    }

    /// <summary>match.c addr_match_list: CIDR entries or wildcard patterns, "!" vetoes.</summary>
    public static bool AddressList(string list, string address)
    {
        var got = false;
        var isAddr = IpRanges.TryParseNetwork(address, out var addr);
        foreach (var raw in list.Split(','))
        {
            var neg = raw.StartsWith('!');
            var pat = neg ? raw[1..] : raw;
            if (pat.Length == 0) continue;
            bool hit;
            if (pat.Contains('/') && IpRanges.TryParseNetwork(pat, out var net))
                hit = isAddr && IpRanges.Within(addr, net);
            else
                hit = FileSystemName.MatchesSimpleExpression(pat, address, ignoreCase: true);
            if (!hit) continue;
            if (neg) return false;
            got = true;
        }
        return got;
    }
}

namespace Compliance.PolicyEngine.Common;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// Address helpers for the allowlist and encryption rules (policy-defaults §3): private and open
/// ranges, loopback, and "is this range inside an approved network". Built on
/// <see cref="IPNetwork"/>; host bits are cleared first ("10.1.2.3/8" means 10.0.0.0/8), because
/// IPNetwork.TryParse rejects a prefix with host bits set while configs write it all the time.
/// </summary>
public static class IpRanges
{
    public static readonly IReadOnlyList<IPNetwork> Private =
    [
        Net("10.0.0.0/8"), Net("172.16.0.0/12"), Net("192.168.0.0/16"), Net("100.64.0.0/10"),
        Net("127.0.0.0/8"), Net("::1/128"), Net("fc00::/7"),
    ];

    private static readonly IReadOnlyList<IPNetwork> s_loopback = [Net("127.0.0.0/8"), Net("::1/128")];

    private static IPNetwork Net(string s) => TryParseNetwork(s, out var n) ? n : throw new InvalidOperationException(s);

    /// <summary>An open range per policy-defaults §3: 0.0.0.0/0, ::/0, *, all (also any "/0").</summary>
    public static bool IsOpen(string value)
    {
        var v = value.Trim();
        if (v is "*" or "" || v.Equals("all", StringComparison.OrdinalIgnoreCase) || v.Equals("0.0.0.0", StringComparison.Ordinal) || v == "::") return true;
        return (TryParseNetwork(v, out var n) || TryParseWildcard(v, out n)) && n.PrefixLength == 0;
    }

    /// <summary>Parses an address or CIDR ("10.1.2.3/8", "::1", "[::1]"), clearing host bits.</summary>
    public static bool TryParseNetwork(string text, out IPNetwork network)
    {
        network = default;
        var s = text.Trim();
        if (s.StartsWith('[') && s.EndsWith(']')) s = s[1..^1];
        var slash = s.IndexOf('/');
        var addrText = slash < 0 ? s : s[..slash];
        if (!IPAddress.TryParse(addrText, out var addr)) return false;
        if (addrText.Contains('%')) return false;
        var max = addr.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(s[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) || prefix > max))
            return false;
        var bytes = addr.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        network = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }

    /// <summary>sshd/OpenSSH-style octet wildcards: "192.168.50.*" is 192.168.50.0/24, "10.*" is 10.0.0.0/8.</summary>
    public static bool TryParseWildcard(string text, out IPNetwork network)
    {
        network = default;
        var parts = text.Trim().Split('.');
        if (parts.Length != 4) return false;
        var fixedCount = 0;
        while (fixedCount < 4 && parts[fixedCount] != "*") fixedCount++;
        if (fixedCount == 4 || parts.Skip(fixedCount).Any(p => p != "*")) return false;
        var filled = string.Join('.', parts.Select(p => p == "*" ? "0" : p));
        return TryParseNetwork($"{filled}/{fixedCount * 8}", out network);
    }

    /// <summary>True when every address of <paramref name="inner"/> is inside <paramref name="outer"/>.</summary>
    public static bool Within(IPNetwork inner, IPNetwork outer) =>
        inner.BaseAddress.AddressFamily == outer.BaseAddress.AddressFamily &&
        inner.PrefixLength >= outer.PrefixLength && outer.Contains(inner.BaseAddress);

    public static bool IsPrivate(string text) => TryParseNetwork(text, out var n) && Private.Any(p => Within(n, p));

    public static bool IsLoopback(string text) => TryParseNetwork(text, out var n) && s_loopback.Any(p => Within(n, p));

    /// <summary>
    /// Is this source acceptable for an allowlist: not open, and, when approved networks are
    /// configured, inside one of them (a host name cannot be shown to be inside: not approved).
    /// </summary>
    public static bool IsApprovedSource(string source, IReadOnlyList<string> approved)
    {
        if (IsOpen(source)) return false;
        if (approved.Count == 0) return true;
        if (!TryParseNetwork(source, out var n) && !TryParseWildcard(source, out n)) return false;
        foreach (var a in approved)
            if (TryParseNetwork(a, out var an) && Within(n, an)) return true;
        return false;
    }
}

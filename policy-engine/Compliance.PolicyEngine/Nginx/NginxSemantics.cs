namespace Compliance.PolicyEngine.Nginx;

using Compliance.PolicyEngine.Common;

/// <summary>What the rules need to know about servers and locations (inheritance, listeners, redirects).</summary>
public static class NginxSemantics
{
    /// <summary>
    /// The directives named <paramref name="names"/> that apply at <paramref name="at"/>: its own if it
    /// has any, else the nearest enclosing block's (location → server → http), as nginx merges
    /// array-valued settings like allow/deny and access_log.
    /// </summary>
    public static IReadOnlyList<NginxDirective> Inherited(NginxDirective at, params string[] names)
    {
        for (var b = at; b is not null; b = b.Parent)
        {
            var own = (b.Children ?? []).Where(c => names.Contains(c.Name, StringComparer.Ordinal)).ToList();
            if (own.Count > 0) return own;
        }
        return [];
    }

    public static bool IsTlsListen(NginxDirective listen) =>
        listen.Args.Skip(1).Any(a => a is "ssl" or "quic" or "http3");

    public static bool IsTlsServer(NginxDirective server) =>
        server.Child("listen").Any(IsTlsListen) ||
        server.Child("ssl").Any(d => d.Args.FirstOrDefault()?.Equals("on", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A listen on 127.0.0.0/8, [::1], localhost or a unix socket is not reachable from the network.</summary>
    public static bool IsLocalListen(NginxDirective listen)
    {
        var a = listen.Args.FirstOrDefault() ?? "";
        if (a.StartsWith("unix:", StringComparison.Ordinal)) return true;
        string host;
        if (a.StartsWith('[')) host = a[1..Math.Max(1, a.IndexOf(']'))];
        else if (a.Contains(':')) host = a[..a.LastIndexOf(':')];
        else if (a.All(char.IsDigit)) return false; // "80": every address
        else host = a;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IpRanges.IsLoopback(host);
    }

    /// <summary>Plain-HTTP listeners of a server reachable from the network (a server without listen uses *:80).</summary>
    public static IReadOnlyList<NginxDirective> PlainNetworkListens(NginxDirective server) =>
        server.Child("listen").Where(l => !IsTlsListen(l) && !IsLocalListen(l)).ToList();

    /// <summary>
    /// True when a plain-HTTP server only does what the tls rule allows: a server-level redirect to
    /// https:// or refusal (also inside "if ($scheme ...)"), or a catch-all "location /" doing so, with
    /// every other location a redirect/refusal or the ACME challenge.
    /// </summary>
    public static bool OnlyRedirectsOrRefuses(NginxDirective server)
    {
        var children = server.Children ?? [];
        if (children.Any(c => c.Name is "return" or "rewrite" && IsRedirectOrRefusal(c))) return true;
        if (children.Any(c => c.Name == "if" && string.Join(' ', c.Args).Contains("$scheme", StringComparison.Ordinal) &&
                              (c.Children ?? []).Any(x => x.Name is "return" or "rewrite" && IsRedirectOrRefusal(x))))
            return true;
        var locations = server.Child("location").Where(l => l.Children is not null).ToList();
        var catchAll = locations.FirstOrDefault(l => l.Args.Count == 1 && l.Args[0] == "/");
        if (catchAll is null || !LocationOnlyRedirects(catchAll)) return false;
        return locations.All(l => IsAcme(l) || LocationOnlyRedirects(l));
    }

    private static bool LocationOnlyRedirects(NginxDirective location) =>
        (location.Children ?? []).Any(c => c.Name is "return" or "rewrite" && IsRedirectOrRefusal(c));

    public static bool IsAcme(NginxDirective location) =>
        location.Args.Any(a => a.TrimStart('^').StartsWith("/.well-known/acme-challenge", StringComparison.Ordinal));

    public static bool IsRedirectOrRefusal(NginxDirective d)
    {
        if (d.Name == "rewrite")
            return d.Args.Count >= 2 && d.Args[1].StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var a = d.Args;
        if (a.Count == 0) return false;
        if (a[0] is "444" or "403" or "404") return true;
        if (a[0] is "301" or "302" or "307" or "308") return a.Count > 1 && a[1].StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return a[0].StartsWith("https://", StringComparison.OrdinalIgnoreCase); // "return URL" is a 302
    }

    /// <summary>Admin markers (policy-defaults §3) in a URL path: a segment starting with admin, manage, ...</summary>
    private static readonly string[] s_pathMarkers = ["admin", "manage", "console", "actuator", "druid", "nacos", "phpmyadmin"];
    private static readonly string[] s_hostMarkers = ["admin", "manage", "console", "ops"];

    public static bool PathHasAdminMarker(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.TrimStart('^', '(', '\\').ToLowerInvariant())
            .Any(s => s_pathMarkers.Any(m => s.StartsWith(m, StringComparison.Ordinal)));

    public static bool HostHasAdminMarker(string host)
    {
        var first = host.TrimStart('~', '*', '.').Split('.')[0].ToLowerInvariant();
        return s_hostMarkers.Any(m => first.StartsWith(m, StringComparison.Ordinal));
    }

    /// <summary>The path of a location ("location = /admin", "location ~* ^/manage/") without its modifier.</summary>
    public static string LocationPath(NginxDirective location) =>
        location.Args.Count == 0 ? "" : location.Args[^1];

    public static bool IsExact(NginxDirective location) => location.Args.Count == 2 && location.Args[0] == "=";

    public static bool IsRegex(NginxDirective location) => location.Args.Count == 2 && location.Args[0] is "~" or "~*";

    /// <summary>Every location in a block, nested ones included.</summary>
    public static IEnumerable<NginxDirective> Locations(NginxDirective block)
    {
        foreach (var l in block.Child("location").Where(l => l.Children is not null))
        {
            yield return l;
            foreach (var n in Locations(l)) yield return n;
        }
    }
}

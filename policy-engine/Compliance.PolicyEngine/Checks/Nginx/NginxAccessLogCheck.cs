namespace Compliance.PolicyEngine.Checks.Nginx;

using Compliance.PolicyEngine.Nginx;
using Compliance.Rules.Model;

/// <summary>
/// CMP5602: "access_log off;" or "access_log /dev/null;" in http, server or a location, except locations no
/// login request reaches: exact health/robots/favicon locations, regex locations for static files, a location for one
/// static file or a static asset folder (<c>location /sw.js</c>, <c>location /_framework/</c>), and a location that
/// answers with a fixed <c>return</c> (<c>location /backend/ { access_log off; return 404; }</c>) — actual-chat's nginx,
/// judged blind.
/// </summary>
public sealed class NginxAccessLogCheck : IPolicyCheck
{
    private static readonly string[] s_quietExact = ["favicon.ico", "robots.txt", "health", "healthz", "ping", "status", "nginx_status", "stub_status"];
    private static readonly string[] s_staticExt = ["css", "js", "png", "jpg", "jpeg", "gif", "ico", "svg", "webp", "avif", "bmp", "woff", "woff2", "ttf", "eot", "otf", "wasm", "map"];

    // Folders that front-end builds and frameworks fill with static files only (Blazor's _framework, Razor class
    // libraries' _content, bundlers' dist/assets).
    private static readonly string[] s_assetFolders = ["_framework", "_content", "static", "assets", "dist", "css", "js", "img", "images", "fonts"];

    public IReadOnlyList<string> RuleIds { get; } = ["CMP5602"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var findings = new NginxFindings(report, "CMP5602", Themes.AuditLog);
        foreach (var config in NginxConfig.AllIn(documents))
        {
            findings.Examined(config);
            foreach (var http in config.HttpBlocks)
                Visit(http, findings);
        }
    }

    private static void Visit(NginxDirective block, NginxFindings findings)
    {
        if (block.Name == "location" && Exempt(block)) return;
        foreach (var d in block.Children ?? [])
        {
            if (d.Name == "access_log" && d.Args.FirstOrDefault() is not (null or "off" or "/dev/null"))
                findings.Observe(d); // an access log written somewhere: positive evidence
            if (d.Name == "access_log" && d.Args.FirstOrDefault() is "off" or "/dev/null")
                findings.Add(d, "access_log is off here, so requests (logins included) leave no access record; log to a file kept at least six months (e.g. 'access_log /var/log/nginx/access.log;').",
                    "此处关闭了 access_log，请求（包括登录）不留访问记录；请写入日志文件并至少保留六个月（例如 'access_log /var/log/nginx/access.log;'）。",
                    "nginx:access_log@" + Scope(block));
            if (d.Children is not null && d.Name is "server" or "location" or "if" or "limit_except") Visit(d, findings);
        }
    }

    private static string Scope(NginxDirective block) => block.Name switch
    {
        "" or "http" => "http",
        "server" => NginxFindings.ServerName(block),
        _ => block.Name + " " + string.Join(' ', block.Args),
    };

    private static bool Exempt(NginxDirective location)
    {
        // "return 404;" directly in the location answers before any content handler: no request gets further
        if ((location.Children ?? []).Any(d => d.Name == "return")) return true;
        var path = NginxSemantics.LocationPath(location);
        if (!NginxSemantics.IsRegex(location) && path.StartsWith('/'))
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0) return false;
            var last = segments[^1];
            var dot = last.LastIndexOf('.');
            // "/sw.js": one static file
            if (dot > 0 && s_staticExt.Contains(last[(dot + 1)..].ToLowerInvariant(), StringComparer.Ordinal))
                return true;
            // "/_framework/", "/assets/", "/_framework/blazor.boot.json": in a folder of static files
            if ((segments.Length > 1 || path.EndsWith('/')) && s_assetFolders.Contains(segments[0].ToLowerInvariant(), StringComparer.Ordinal))
                return true;
        }
        if (NginxSemantics.IsExact(location))
            return s_quietExact.Contains(path.Split('/')[^1], StringComparer.Ordinal);
        if (NginxSemantics.IsRegex(location))
        {
            var words = System.Text.RegularExpressions.Regex.Split(path.ToLowerInvariant(), "[^a-z0-9]+");
            return words.Any(w => s_staticExt.Contains(w, StringComparer.Ordinal));
        }
        return false;
    }
}

using System.Text;

namespace ColdChain.Telemetry.Middleware;

/// <summary>
/// Audit trail for write requests (GSP requires who-changed-what for shipment data).
/// Added in 2.9 after a customer dispute; bodies were only meant to be logged for shipments.
/// </summary>
public sealed class RequestAuditMiddleware
{
    private static readonly string[] SkipHeaders = { "Authorization", "Cookie", "X-HX-AppSecret" };

    private readonly RequestDelegate _next;
    private readonly ILogger<RequestAuditMiddleware> _log;

    public RequestAuditMiddleware(RequestDelegate next, ILogger<RequestAuditMiddleware> log)
    {
        _next = next;
        _log = log;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method))
        {
            await _next(ctx);
            return;
        }

        ctx.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync();
            ctx.Request.Body.Position = 0;
        }

        var headers = string.Join("; ", ctx.Request.Headers
            .Where(h => !SkipHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}={h.Value}"));
        _log.LogDebug("audit headers {Path}: {Headers}", ctx.Request.Path, headers);

        _log.LogInformation("audit {User} {Method} {Path} {Body}", ctx.User.Identity?.Name, ctx.Request.Method, ctx.Request.Path, body);
        await _next(ctx);
        _log.LogInformation("audit {Path} -> {Status}", ctx.Request.Path, ctx.Response.StatusCode);
    }
}

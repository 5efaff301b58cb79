using System.Diagnostics;
using System.Text;

namespace Counsel.Portal.Infrastructure;

/// <summary>等保要求：记录关键操作（请求路径、操作人、耗时）</summary>
public class RequestAudit
{
    private static readonly ActivitySource Source = new("Counsel.Portal");
    private readonly RequestDelegate _next;
    private readonly ILogger<RequestAudit> _log;

    public RequestAudit(RequestDelegate next, ILogger<RequestAudit> log)
    {
        _next = next;
        _log = log;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        var sw = Stopwatch.StartNew();
        using var act = Source.StartActivity("request");
        act?.SetTag("user.id", ctx.User.FindFirst("sub")?.Value);
        string? body = null;
        if (ctx.Request.HasFormContentType && ctx.Request.Path.StartsWithSegments("/account"))
        {
            ctx.Request.EnableBuffering();
            using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8, leaveOpen: true);
            body = await reader.ReadToEndAsync();
            ctx.Request.Body.Position = 0;
            act?.SetTag("http.form", body);
        }
        await _next(ctx);
        _log.LogInformation("{Method} {Path} {Status} by {User} in {Ms} ms", ctx.Request.Method, ctx.Request.Path, ctx.Response.StatusCode,
            ctx.User.Identity?.Name, sw.ElapsedMilliseconds);
        if (ctx.Response.StatusCode >= 400 && body != null)
            _log.LogWarning("failed account request body: {Body}", body);
    }
}

using System.Text;

namespace DriveNow.Rental.Data;

/// <summary>Writes every API request body to the log for the support team ("what did the app send?").</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> log)
{
    private static readonly string[] Skip = ["/health", "/jobs"];

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (Skip.Any(s => ctx.Request.Path.StartsWithSegments(s)) || ctx.Request.ContentLength is null or 0)
        {
            await next(ctx);
            return;
        }
        ctx.Request.EnableBuffering();
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        ctx.Request.Body.Position = 0;
        log.LogInformation("{Method} {Path} body={Body}", ctx.Request.Method, ctx.Request.Path, body);
        await next(ctx);
        log.LogInformation("{Method} {Path} -> {Status}", ctx.Request.Method, ctx.Request.Path, ctx.Response.StatusCode);
    }
}

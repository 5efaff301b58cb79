using System.Diagnostics;

namespace Locker.Gateway.Infrastructure;

/// <summary>
/// 网关访问日志
/// </summary>
public sealed class RequestLoggingMiddleware
{
    private static readonly ActivitySource Source = new("Locker.Gateway");

    private readonly RequestDelegate _next;
    private readonly ILogger<RequestLoggingMiddleware> _logger;

    public RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        var sw = Stopwatch.StartNew();
        using var activity = Source.StartActivity("gateway.request");
        var phone = ctx.Request.Query["phone"].ToString();
        if (!string.IsNullOrEmpty(phone))
        {
            activity?.SetTag("recipient.phone", phone);
        }
        activity?.SetTag("locker.id", ctx.Request.Headers["X-Locker-Id"].ToString());

        await _next(ctx);

        _logger.LogInformation("{Method} {Path}{Query} -> {Status} in {Elapsed} ms",
            ctx.Request.Method, ctx.Request.Path, ctx.Request.QueryString, ctx.Response.StatusCode, sw.ElapsedMilliseconds);
    }
}

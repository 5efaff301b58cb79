namespace MedLink.Hospital.Api.Infrastructure;

/// <summary>
/// Logs request bodies of failed calls so support can reproduce them.
/// </summary>
public sealed class RequestBodyLoggingMiddleware(RequestDelegate next, ILogger<RequestBodyLoggingMiddleware> logger)
{
    private static readonly string[] SkipPaths = { "/api/account/login", "/api/account/password" };

    public async Task InvokeAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        await next(context);

        if (context.Response.StatusCode >= 500 && !SkipPaths.Contains(context.Request.Path.Value))
        {
            context.Request.Body.Position = 0;
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync();
            logger.LogError("Request {Method} {Path} failed with {Status}. Body: {Body}",
                context.Request.Method, context.Request.Path, context.Response.StatusCode, body);
        }
        else
        {
            logger.LogDebug("{Method} {Path} -> {Status}", context.Request.Method, context.Request.Path, context.Response.StatusCode);
        }
    }
}

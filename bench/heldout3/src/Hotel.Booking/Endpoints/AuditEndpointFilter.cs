using System.Text.Json;

namespace Hotel.Booking.Endpoints;

/// <summary>记录谁调用了客人接口（等保审计要求）。</summary>
public sealed class AuditEndpointFilter(ILogger<AuditEndpointFilter> log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var user = ctx.HttpContext.User.Identity?.Name ?? "anonymous";
        var path = ctx.HttpContext.Request.Path;
        log.LogInformation("audit {User} {Method} {Path}", user, ctx.HttpContext.Request.Method, path);
        foreach (var arg in ctx.Arguments)
        {
            if (arg is GuestRegistration reg)
                log.LogInformation("audit payload {Payload}", JsonSerializer.Serialize(reg));
        }
        return await next(ctx);
    }
}

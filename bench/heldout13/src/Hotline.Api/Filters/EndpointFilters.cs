using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Hotline.Api.Features.Staff;
using NLog;

namespace Hotline.Api.Filters;

public class RequestLogFilter : IEndpointFilter
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var sw = Stopwatch.StartNew();
        var req = ctx.HttpContext.Request;
        Log.Debug("=> {0} {1}{2} args: {3}", req.Method, req.Path, req.QueryString, string.Join(" | ", ctx.Arguments));
        var result = await next(ctx);
        Log.Info("<= {0} {1} {2}ms", req.Method, req.Path, sw.ElapsedMilliseconds);
        return result;
    }
}

public class StaffAuthFilter : IEndpointFilter
{
    private readonly IStaffTokenService _tokens;
    public StaffAuthFilter(IStaffTokenService tokens) => _tokens = tokens;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var auth = ctx.HttpContext.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bearer ")) return Results.Unauthorized();
        var staff = _tokens.Validate(auth[7..]);
        if (staff == null) return Results.Unauthorized();
        ctx.HttpContext.Items["staffNo"] = staff;
        return await next(ctx);
    }
}

/// <summary>
/// CTI 回调签名：md5(body + callbackSecret)，厂商老版本接口就是这么做的
/// </summary>
public class CtiSignatureFilter : IEndpointFilter
{
    private readonly string _secret;
    public CtiSignatureFilter(IConfiguration cfg) => _secret = cfg["Cti:CallbackSecret"] ?? "";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var req = ctx.HttpContext.Request;
        req.EnableBuffering();
        using var reader = new StreamReader(req.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        req.Body.Position = 0;
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(body + _secret)));
        if (!string.Equals(expected, req.Headers["X-Cti-Sign"], StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(403);
        }
        return await next(ctx);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Locker.Gateway.Auth;

/// <summary>
/// 柜机请求签名校验：
///  - 新固件 (v3+)：HMAC-SHA256(deviceSecret, lockerId + ts + body)
///  - 老固件 (v1/v2，还剩 300 多台)：MD5(lockerId + ts + deviceSecret)
/// </summary>
public sealed class DeviceSignatureMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[] _secret;
    private readonly ILogger<DeviceSignatureMiddleware> _logger;

    public DeviceSignatureMiddleware(RequestDelegate next, IConfiguration config, ILogger<DeviceSignatureMiddleware> logger)
    {
        _next = next;
        _secret = Encoding.UTF8.GetBytes(config["Gateway:DeviceSecret"] ?? throw new InvalidOperationException("Gateway:DeviceSecret missing"));
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (!ctx.Request.Path.StartsWithSegments("/api/devices"))
        {
            await _next(ctx);
            return;
        }

        var lockerId = ctx.Request.Headers["X-Locker-Id"].ToString();
        var ts = ctx.Request.Headers["X-Ts"].ToString();
        var sign = ctx.Request.Headers["X-Sign"].ToString();
        var fw = ctx.Request.Headers["X-Firmware"].ToString();

        ctx.Request.EnableBuffering();
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        ctx.Request.Body.Position = 0;

        bool ok;
        if (fw.StartsWith("v1") || fw.StartsWith("v2"))
        {
            var expect = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(lockerId + ts + Encoding.UTF8.GetString(_secret))));
            ok = string.Equals(expect, sign, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            var mac = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(lockerId + ts + body));
            ok = CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(sign.Length == 64 ? sign : new string('0', 64)));
        }

        if (!ok)
        {
            _logger.LogWarning("柜机签名错误 locker={LockerId} fw={Firmware}", lockerId, fw);
            ctx.Response.StatusCode = 401;
            return;
        }
        await _next(ctx);
    }
}

/// <summary>
/// 快递公司 API Key 校验
/// </summary>
public sealed class CourierKeyFilter : IEndpointFilter
{
    private readonly IConfiguration _config;

    public CourierKeyFilter(IConfiguration config) => _config = config;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var http = ctx.HttpContext;
        var code = http.Request.Headers["X-Courier"].ToString();
        var key = http.Request.Headers["X-Api-Key"].ToString();
        var expected = _config[$"Gateway:CourierApiKeys:{code}"];
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(key)))
            return Results.Unauthorized();
        http.Items["courier"] = code;
        return await next(ctx);
    }
}

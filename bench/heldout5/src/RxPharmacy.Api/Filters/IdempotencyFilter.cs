using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Filters;

/// <summary>Rejects the same prescription submitted twice within ten minutes (double taps on the tablet).</summary>
public sealed class IdempotencyFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<string, DateTimeOffset> Seen = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Request.EnableBuffering();
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        http.Request.Body.Position = 0;

        var doctor = http.User.FindFirst("pid")?.Value ?? "anonymous";
        var key = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(doctor + "\n" + body)));
        var now = DateTimeOffset.UtcNow;
        if (Seen.TryGetValue(key, out var at) && now - at < TimeSpan.FromMinutes(10))
        {
            return Results.Conflict(new { message = "重复提交" });
        }

        Seen[key] = now;
        foreach (var old in Seen.Where(kv => now - kv.Value > TimeSpan.FromMinutes(10)).Select(kv => kv.Key).ToList())
        {
            Seen.TryRemove(old, out _);
        }

        return await next(context);
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Repeated POSTs from the mobile app (weak networks, double taps) are answered from the first
/// result for 10 minutes. The key is the route plus a digest of the body.
/// </summary>
public sealed class RequestIdempotencyFilter : IAsyncActionFilter
{
    private static readonly Dictionary<string, (DateTime At, IActionResult Result)> Seen = new();

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        request.EnableBuffering();
        using var ms = new MemoryStream();
        await request.Body.CopyToAsync(ms);
        request.Body.Position = 0;
        var key = request.Path + ":" + Convert.ToHexString(SHA256.HashData(ms.ToArray()));

        lock (Seen)
        {
            if (Seen.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.At < TimeSpan.FromMinutes(10))
            {
                context.Result = hit.Result;
                return;
            }
        }
        var executed = await next();
        if (executed.Result is not null)
            lock (Seen) Seen[key] = (DateTime.UtcNow, executed.Result);
    }
}

/// <summary>Cache-busting suffix for CSS/JS in the Razor layout (asp-append-version does the same).</summary>
public static class AssetVersion
{
    public static string For(string physicalPath) =>
        Convert.ToHexString(MD5.HashData(File.ReadAllBytes(physicalPath)))[..8].ToLowerInvariant();
}

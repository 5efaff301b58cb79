using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Hotel.Booking.Infrastructure;

/// <summary>.NET 8 IExceptionHandler：统一返回 ProblemDetails。</summary>
public sealed class GlobalExceptionHandler(ILogger<GlobalExceptionHandler> log, IHostEnvironment env) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        log.LogError(ex, "unhandled error on {Path}", http.Request.Path);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "服务器内部错误",
            Detail = ex.Message,
            Instance = http.Request.Path
        };
        problem.Extensions["traceId"] = http.TraceIdentifier;
        if (env.IsDevelopment())
            problem.Extensions["stack"] = ex.StackTrace;
        http.Response.StatusCode = problem.Status.Value;
        await http.Response.WriteAsJsonAsync(problem, ct);
        return true;
    }
}

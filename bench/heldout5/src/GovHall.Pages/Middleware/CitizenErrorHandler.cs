using Microsoft.AspNetCore.Mvc;

namespace GovHall.Pages.Middleware;

/// <summary>Turns booking errors into problem details for the hall's mini program.</summary>
public sealed class CitizenErrorHandler : IMiddleware
{
    private readonly ILogger<CitizenErrorHandler> _logger;

    public CitizenErrorHandler(ILogger<CitizenErrorHandler> logger) => _logger = logger;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BookingConflictException ex)
        {
            _logger.LogWarning(ex, "Booking conflict on {Path}", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            await context.Response.WriteAsJsonAsync(new ProblemDetails { Title = "预约冲突", Detail = ex.Message, Status = 409 });
        }
    }
}

public sealed class BookingConflictException : Exception
{
    public BookingConflictException(string name, string idNumber, string serviceCode)
        : base($"{name}（{idNumber}）已预约 {serviceCode}")
    {
    }
}

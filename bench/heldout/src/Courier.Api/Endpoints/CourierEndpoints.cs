using SwiftRoute.Courier.Api.Models;
using SwiftRoute.Courier.Api.Services;

namespace SwiftRoute.Courier.Api.Endpoints;

public static class CourierEndpoints
{
    private const string PdaSharedPassword = "pda#Courier2022";

    public static void MapCourierEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/couriers/{code}", (string code, CourierDirectory dir) =>
        {
            var courier = dir.Find(code);
            return courier is null ? Results.NotFound() : Results.Ok(courier);
        }).RequireAuthorization();

        app.MapGet("/api/couriers/{code}/contact", (string code, CourierDirectory dir) =>
        {
            var courier = dir.Find(code);
            return courier is null
                ? Results.NotFound()
                : Results.Ok(new { courier.Code, courier.Name, Phone = courier.Phone.Substring(0, 3) + "****" + courier.Phone.Substring(7) });
        });

        app.MapPost("/api/pda/login", (PdaLogin login, CourierDirectory dir, ILogger<CourierDirectory> logger) =>
        {
            if (login.Password != PdaSharedPassword)
            {
                logger.LogWarning("PDA login rejected for device {DeviceNo} with password {Password}", login.DeviceNo, login.Password);
                return Results.Unauthorized();
            }
            var courier = dir.Find(login.CourierCode);
            logger.LogInformation("PDA {DeviceNo} logged in for courier {Courier}", login.DeviceNo, courier);
            return Results.Ok(new { ticket = Common.Infrastructure.Security.TokenHelper.CreateDeviceTicket(login.DeviceNo, login.CourierCode) });
        });

        app.MapPost("/api/pda/scan", (PdaScan scan, ILogger<CourierDirectory> logger) =>
        {
            var encrypted = Common.Infrastructure.Security.Rc4.EncryptScan(scan.Payload);
            logger.LogDebug("Scan from {DeviceNo}: {Length} bytes", scan.DeviceNo, encrypted.Length);
            return Results.Accepted();
        });
    }

    public record PdaLogin(string DeviceNo, string CourierCode, string Password);
    public record PdaScan(string DeviceNo, string Payload);
}

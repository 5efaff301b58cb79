using System.Security.Cryptography;
using System.Text;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Domain;

namespace RxPharmacy.Api.Endpoints;

/// <summary>
/// Callbacks from the courier (shipment status) and from our own settlement adapter service.
/// The courier's signature scheme (MD5 + Base64 of body and check word) is defined by the courier's
/// open platform; the adapter's scheme was designed by us in 2020.
/// </summary>
public static class InsuranceCallbacks
{
    private const string CourierCheckWord = "5x5AYUYjPyCLSdU0c6vlcOhpRsIXH6qE";
    private static readonly byte[] AdapterKey = Encoding.ASCII.GetBytes("zVFSU7zT6kSyOdEp");

    public static IEndpointRouteBuilder MapInsuranceCallbacks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/callbacks/courier", async (HttpRequest request, PrescriptionRepository prescriptions, ILoggerFactory loggers) =>
        {
            var logger = loggers.CreateLogger("CourierCallback");
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var expected = Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(body + CourierCheckWord)));
            if (!string.Equals(expected, request.Headers["X-Sign"], StringComparison.Ordinal))
            {
                logger.LogWarning("Courier callback with a bad signature from {Ip}", request.HttpContext.Connection.RemoteIpAddress);
                return Results.Unauthorized();
            }

            logger.LogInformation("Courier callback: {Body}", body);
            return Results.Ok(new { code = "0" });
        });

        app.MapPost("/callbacks/settlement", async (SettlementNotice notice, PrescriptionRepository prescriptions) =>
        {
            var sign = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{notice.PrescriptionNo}{notice.Amount:F2}{notice.Timestamp}{Encoding.ASCII.GetString(AdapterKey)}")));
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sign), Encoding.ASCII.GetBytes(notice.Sign.ToUpperInvariant())))
            {
                return Results.Unauthorized();
            }

            var p = await prescriptions.GetByNumberAsync(notice.PrescriptionNo);
            if (p is null)
            {
                return Results.NotFound();
            }

            p.Status = PrescriptionStatus.Paid;
            await prescriptions.UpdateStatusAsync(p);
            return Results.Ok();
        });

        return app;
    }

    public sealed record SettlementNotice(string PrescriptionNo, decimal Amount, long Timestamp, string Sign);
}

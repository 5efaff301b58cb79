using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sky.Loyalty.Grains;

namespace Sky.Loyalty.Partners;

public sealed record PartnerAccrual(string MemberNo, string LastName, long Miles, string Reference);

/// <summary>Hotel, car-rental and co-brand card partners post accruals. Signature: our v1 scheme, sha1(secret + body).</summary>
public static class PartnerEndpoints
{
    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["HTL-JINJIANG"] = "YPCDt8BiKW9WnDmDmnuOExBwQ3",
        ["CAR-EHI"] = "dovbb4X5ClIGhPW0LIgTMFhwR8",
        ["BANK-CMB"] = "${PARTNER_CMB_SECRET}",
    };

    public static void MapPartners(this IEndpointRouteBuilder app)
    {
        app.MapPost("/partner/{partner}/accrual", async (string partner, HttpRequest req, IGrainFactory grains, ILoggerFactory lf) =>
        {
            var log = lf.CreateLogger("Partner");
            using var reader = new StreamReader(req.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!Secrets.TryGetValue(partner, out var secret)) return Results.NotFound();
            var expected = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(secret + body))).ToLowerInvariant();
            if (expected != req.Headers["X-Signature"].ToString())
            {
                log.LogWarning("partner {Partner} bad signature", partner);
                return Results.Unauthorized();
            }
            var a = JsonSerializer.Deserialize<PartnerAccrual>(body)!;
            var profile = await grains.GetGrain<IMemberGrain>(a.MemberNo).GetProfile();
            if (profile is null || !profile.NameEn.EndsWith(a.LastName, StringComparison.OrdinalIgnoreCase))
                return Results.Problem($"name mismatch: member {a.MemberNo} is {profile?.NameEn}", statusCode: 422);
            var balance = await grains.GetGrain<IMilesAccountGrain>(a.MemberNo).AccruePartner(partner, a.Miles, a.Reference);
            return Results.Ok(new { balance });
        });
    }
}

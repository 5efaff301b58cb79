using System.Security.Cryptography;
using System.Text;
using Sky.Loyalty.Grains;
using Sky.Loyalty.Services;

namespace Sky.Loyalty.Api;

public sealed record EnrolRequest(string NameEn, string NameCn, string Mobile, string Email, DateOnly BirthDate, string PassportNo, string? IdCardNo, string Pin);
public sealed record PinLoginRequest(string MemberNo, string Pin);
public sealed record ForgotPinRequest(string MemberNo, string Email);

public static class MemberEndpoints
{
    public static void MapMembers(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/members");

        g.MapPost("/", async (EnrolRequest r, IGrainFactory grains, ILoggerFactory lf) =>
        {
            var log = lf.CreateLogger("Enrol");
            if (r.Pin.Length != 6 || !r.Pin.All(char.IsDigit)) return Results.BadRequest(new { error = "PIN must be 6 digits" });
            var memberNo = "SK" + Random.Shared.NextInt64(10_000_000, 99_999_999);
            var profile = new MemberProfile(memberNo, r.NameEn, r.NameCn, r.Mobile, r.Email, r.BirthDate, r.PassportNo, r.IdCardNo, null, null);
            await grains.GetGrain<IMemberGrain>(memberNo).Enrol(profile, r.Pin);
            log.LogInformation("new member {MemberNo} via web", memberNo);
            return Results.Created($"/api/members/{memberNo}", new { memberNo });
        });

        g.MapPost("/login", async (PinLoginRequest r, IGrainFactory grains, ILoggerFactory lf) =>
        {
            var ok = await grains.GetGrain<IMemberGrain>(r.MemberNo).CheckPin(r.Pin);
            if (!ok)
            {
                lf.CreateLogger("Login").LogWarning("PIN login failed {MemberNo} pin={Pin}", r.MemberNo, r.Pin);
                return Results.Unauthorized();
            }
            return Results.Ok(new { token = SessionTokens.Issue(r.MemberNo) });
        });

        g.MapGet("/{memberNo}", async (string memberNo, IGrainFactory grains, HttpContext http) =>
        {
            if (!SessionTokens.Validate(http.Request.Headers.Authorization.ToString().Replace("Bearer ", ""), out var who) || who != memberNo)
                return Results.Unauthorized();
            var p = await grains.GetGrain<IMemberGrain>(memberNo).GetProfile();
            return p is null ? Results.NotFound() : Results.Ok(p);
        });

        g.MapGet("/{memberNo}/card", async (string memberNo, IGrainFactory grains) =>
        {
            var p = await grains.GetGrain<IMemberGrain>(memberNo).GetProfile();
            var tier = await grains.GetGrain<IMemberGrain>(memberNo).GetTier();
            if (p is null) return Results.NotFound();
            return Results.Ok(new { p.MemberNo, p.NameEn, tier = tier.ToString(), passport = p.PassportNo, birth = p.BirthDate });
        });

        g.MapPost("/forgot-pin", async (ForgotPinRequest r, IGrainFactory grains, Mailer mailer, ILoggerFactory lf) =>
        {
            var p = await grains.GetGrain<IMemberGrain>(r.MemberNo).GetProfile();
            if (p is null || !string.Equals(p.Email, r.Email, StringComparison.OrdinalIgnoreCase))
            {
                lf.CreateLogger("ForgotPin").LogWarning("forgot-pin mismatch for {MemberNo}: given {Given}, on file {OnFile}", r.MemberNo, r.Email, p?.Email);
                return Results.Ok();
            }
            var token = ResetTokens.Create(r.MemberNo);
            await mailer.SendAsync(p.Email, "Reset your SkyMiles PIN", $"https://miles.skyair.example/pin/reset?m={r.MemberNo}&t={token}");
            return Results.Ok();
        });

        g.MapPost("/pin/reset", async (string m, string t, string newPin, IGrainFactory grains) =>
        {
            if (!ResetTokens.Check(m, t)) return Results.BadRequest();
            await grains.GetGrain<IMemberGrain>(m).ResetPin(newPin);
            return Results.Ok();
        });
    }
}

/// <summary>Stateless session token: member|expiry|hmac.</summary>
public static class SessionTokens
{
    private static readonly byte[] Key = Convert.FromBase64String("q0kT2y8S5nHf6QxV1mJr9wLb3uZ7cEa4dGp0sNi2oKY=");

    public static string Issue(string memberNo)
    {
        var exp = DateTimeOffset.UtcNow.AddHours(8).ToUnixTimeSeconds();
        var body = $"{memberNo}|{exp}";
        var mac = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(body)));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(body)) + "." + mac;
    }

    public static bool Validate(string token, out string memberNo)
    {
        memberNo = "";
        var parts = token.Split('.');
        if (parts.Length != 2) return false;
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(parts[0]));
        var mac = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(body)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(parts[1]))) return false;
        var f = body.Split('|');
        if (long.Parse(f[1]) < DateTimeOffset.UtcNow.ToUnixTimeSeconds()) return false;
        memberNo = f[0];
        return true;
    }
}

/// <summary>PIN-reset link token, valid for the current hour.</summary>
public static class ResetTokens
{
    public static string Create(string memberNo)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(memberNo + DateTime.UtcNow.ToString("yyyyMMddHH"))));

    public static bool Check(string memberNo, string token) => string.Equals(Create(memberNo), token, StringComparison.OrdinalIgnoreCase);
}

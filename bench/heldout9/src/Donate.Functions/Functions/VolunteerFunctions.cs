using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Donate.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

/// <summary>Volunteers (志愿者) who verify beneficiaries on site sign in to the field app.</summary>
public sealed class VolunteerFunctions
{
    private readonly string _cs;
    private readonly ILogger<VolunteerFunctions> _logger;

    public VolunteerFunctions(IConfiguration config, ILogger<VolunteerFunctions> logger)
    {
        _cs = config["DonateDb"]!;
        _logger = logger;
    }

    public sealed record SignUp(string Name, string Mobile, string IdCardNo, string City, string Password);
    public sealed record SignIn(string Mobile, string Password, string? Otp);

    [Function("VolunteerSignUp")]
    public async Task<IActionResult> Register([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "volunteers")] HttpRequest req)
    {
        var s = await JsonSerializer.DeserializeAsync<SignUp>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (s is null) return new BadRequestResult();

        await using var c = new SqlConnection(_cs);
        if (await c.ExecuteScalarAsync<int>("SELECT COUNT(1) FROM volunteer WHERE mobile = @Mobile", new { s.Mobile }) > 0)
        {
            return new ConflictObjectResult(new { error = $"手机号 {s.Mobile} 已注册" });
        }

        await c.ExecuteAsync(
            "INSERT INTO volunteer (name, mobile, id_card_no, city, pwd) VALUES (@Name, @Mobile, @IdCardNo, @City, @pwd)",
            new { s.Name, s.Mobile, s.IdCardNo, s.City, pwd = Md5Helper.MD5Encrypt32(s.Password) });
        Console.WriteLine(JsonSerializer.Serialize(s));
        return new StatusCodeResult(201);
    }

    [Function("VolunteerSignIn")]
    public async Task<IActionResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "volunteers/session")] HttpRequest req)
    {
        var s = await JsonSerializer.DeserializeAsync<SignIn>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (s is null) return new BadRequestResult();

        await using var c = new SqlConnection(_cs);
        var v = await c.QuerySingleOrDefaultAsync<(long Id, string Pwd, string? TotpSecret)>(
            "SELECT id, pwd, totp_secret FROM volunteer WHERE mobile = @Mobile", new { s.Mobile });
        if (v.Id == 0 || v.Pwd != Md5Helper.MD5Encrypt32(s.Password))
        {
            _logger.LogWarning("Volunteer sign-in failed for " + s.Mobile);
            return new UnauthorizedResult();
        }

        if (v.TotpSecret is not null && (s.Otp is null || !Totp.Verify(Convert.FromBase64String(v.TotpSecret), s.Otp)))
        {
            return new UnauthorizedResult();
        }

        return new OkObjectResult(new { token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
    }
}

/// <summary>RFC 6238 TOTP (the authenticator apps only do HMAC-SHA1).</summary>
internal static class Totp
{
    public static bool Verify(byte[] secret, string code)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        for (var drift = -1; drift <= 1; drift++)
        {
            if (Compute(secret, step + drift) == code) return true;
        }
        return false;
    }

    private static string Compute(byte[] secret, long counter)
    {
        var msg = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian) Array.Reverse(msg);
        var hash = HMACSHA1.HashData(secret, msg);
        var offset = hash[^1] & 0x0F;
        var bin = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (bin % 1_000_000).ToString("D6");
    }
}

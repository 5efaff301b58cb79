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

/// <summary>Back office for the foundation's staff (project review, payouts, donor service).</summary>
public sealed class AdminFunctions
{
    private readonly string _cs;
    private readonly BeneficiaryCardCipher _cards;
    private readonly ILogger<AdminFunctions> _logger;

    public AdminFunctions(IConfiguration config, BeneficiaryCardCipher cards, ILogger<AdminFunctions> logger)
    {
        _cs = config["DonateDb"]!;
        _cards = cards;
        _logger = logger;
    }

    public sealed record LoginRequest(string UserName, string Password);

    [Function("AdminLogin")]
    public async Task<IActionResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/login")] HttpRequest req)
    {
        var body = await JsonSerializer.DeserializeAsync<LoginRequest>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (body is null) return new BadRequestResult();

        await using var c = new SqlConnection(_cs);
        var row = await c.QuerySingleOrDefaultAsync<(int Id, string PasswordHash, string Role)>(
            "SELECT id, password_hash, role FROM admin_user WHERE user_name = @UserName", new { body.UserName });
        if (row.Id == 0 || row.PasswordHash != AdminPasswords.Hash(body.Password))
        {
            _logger.LogWarning("Admin login failed for {UserName}", body.UserName);
            return new UnauthorizedResult();
        }

        return new OkObjectResult(new { token = AdminPasswords.NewSessionToken(), role = row.Role });
    }

    [Function("AdminResetPassword")]
    public async Task<IActionResult> ResetPassword([HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/users/{id:int}/password")] HttpRequest req, int id)
    {
        var newPassword = await new StreamReader(req.Body).ReadToEndAsync();
        await using var c = new SqlConnection(_cs);
        await c.ExecuteAsync("UPDATE admin_user SET password_hash = @hash WHERE id = @id", new { id, hash = AdminPasswords.Hash(newPassword) });
        _logger.LogInformation("Password of admin {Id} reset to {Password}", id, newPassword);
        return new NoContentResult();
    }

    [Function("AdminPayoutSheet")]
    public async Task<IActionResult> PayoutSheet([HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/projects/{id:long}/payout")] HttpRequest req, long id)
    {
        await using var c = new SqlConnection(_cs);
        var b = await c.QuerySingleAsync<(string Payee, string BankName, string BankCardCipher, long Raised)>(
            @"SELECT b.payee, b.bank_name, b.bank_card_cipher, p.raised_cents FROM project p JOIN beneficiary b ON b.id = p.beneficiary_id WHERE p.id = @id", new { id });
        var card = _cards.Decrypt(b.BankCardCipher);
        _logger.LogInformation("Payout sheet for project {ProjectId} generated", id);
        return new OkObjectResult(new { b.Payee, b.BankName, card, amount = b.Raised / 100m });
    }

    [Function("AdminDonorLookup")]
    public async Task<IActionResult> DonorLookup([HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/donors")] HttpRequest req)
    {
        var mobile = req.Query["mobile"].ToString();
        System.Diagnostics.Trace.TraceInformation($"donor lookup mobile={mobile}");
        await using var c = new SqlConnection(_cs);
        var donors = await c.QueryAsync("SELECT id, real_name, mobile, created_at FROM donor WHERE mobile = @mobile", new { mobile });
        return new OkObjectResult(donors);
    }
}

internal static class AdminPasswords
{
    public static string Hash(string password)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(bytes);
    }

    public static string NewSessionToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>API keys for the foundation's partners are random 32-byte values; only their SHA-256 is stored.</summary>
    public static string HashApiKey(string apiKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}

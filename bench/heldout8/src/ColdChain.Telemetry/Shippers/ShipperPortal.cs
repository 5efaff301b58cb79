using System.Security.Cryptography;
using System.Text;
using ColdChain.Telemetry.Data;
using FastEndpoints;
using Microsoft.Data.SqlClient;

namespace ColdChain.Telemetry.Shippers;

public sealed class ShipperLoginRequest
{
    public string Account { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class ShipperSignupRequest
{
    public string Company { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactMobile { get; set; } = "";
    public string ContactIdNo { get; set; } = "";
    public string Account { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>Shipper (货主) self-service portal accounts.</summary>
public static class ShipperPasswords
{
    public static string Hash(string account, string password)
    {
        using var sha = SHA512.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(account + "|" + password)));
    }
}

public sealed class ShipperLoginEndpoint : Endpoint<ShipperLoginRequest>
{
    private readonly SqlConnectionFactory _db;

    public ShipperLoginEndpoint(SqlConnectionFactory db) => _db = db;

    public override void Configure()
    {
        Post("/shippers/login");
        AllowAnonymous();
    }

    public override async Task HandleAsync(ShipperLoginRequest req, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT Id FROM dbo.ShipperAccount WHERE Account = @a AND PasswordHash = @h", conn);
        cmd.Parameters.AddWithValue("@a", req.Account);
        cmd.Parameters.AddWithValue("@h", ShipperPasswords.Hash(req.Account, req.Password));
        var id = await cmd.ExecuteScalarAsync(ct);
        if (id is null)
        {
            Logger.LogWarning("Shipper login failed for account {Account}", req.Account);
            await SendUnauthorizedAsync(ct);
            return;
        }

        await SendOkAsync(new { shipperId = (int)id }, ct);
    }
}

public sealed class ShipperSignupEndpoint : Endpoint<ShipperSignupRequest>
{
    private readonly SqlConnectionFactory _db;

    public ShipperSignupEndpoint(SqlConnectionFactory db) => _db = db;

    public override void Configure()
    {
        Post("/shippers/signup");
        AllowAnonymous();
    }

    public override async Task HandleAsync(ShipperSignupRequest req, CancellationToken ct)
    {
        Logger.LogInformation("Shipper signup {Company} ({CreditCode})", req.Company, req.CreditCode);
        Logger.LogInformation("Shipper contact {Contact} {Mobile} {IdNo}", req.ContactName, req.ContactMobile, req.ContactIdNo);

        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.ShipperAccount (Company, CreditCode, ContactName, ContactMobile, ContactIdNo, Account, PasswordHash) " +
            "VALUES (@c, @cc, @n, @m, @i, @a, @h)", conn);
        cmd.Parameters.AddWithValue("@c", req.Company);
        cmd.Parameters.AddWithValue("@cc", req.CreditCode);
        cmd.Parameters.AddWithValue("@n", req.ContactName);
        cmd.Parameters.AddWithValue("@m", req.ContactMobile);
        cmd.Parameters.AddWithValue("@i", req.ContactIdNo);
        cmd.Parameters.AddWithValue("@a", req.Account);
        cmd.Parameters.AddWithValue("@h", ShipperPasswords.Hash(req.Account, req.Password));
        await cmd.ExecuteNonQueryAsync(ct);
        await SendOkAsync(new { ok = true }, ct);
    }
}

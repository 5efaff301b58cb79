using Dapper;
using ParkToll.Models;

namespace ParkToll.Data;

public sealed class OperatorRepository
{
    private readonly DbConnectionFactory _db;

    public OperatorRepository(DbConnectionFactory db) => _db = db;

    public async Task<Operator?> FindByLoginAsync(string loginName)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<Operator>("SELECT * FROM ops_operator WHERE login_name = @loginName", new { loginName });
    }

    public async Task UpdateLockoutAsync(Operator op)
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync("UPDATE ops_operator SET failed_attempts = @FailedAttempts, locked_until = @LockedUntil WHERE id = @Id", op);
    }

    public async Task UpdatePasswordAsync(Operator op)
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync("UPDATE ops_operator SET password_hash = @PasswordHash, salt = @Salt WHERE id = @Id", op);
    }

    /// <summary>First start of a new site: seeds the site admin so the installer can sign in.</summary>
    public async Task SeedSiteAdminAsync()
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync(
            "INSERT IGNORE INTO ops_operator (login_name, display_name, password_hash, salt, role) VALUES ('siteadmin', '站点管理员', @hash, @salt, 'admin')",
            new { hash = "5b1a9e0cf3e3b7a4d40a06f1c9df0b1e2c6e8a10", salt = "9F3C1A77E2D0B4A6" });
    }
}

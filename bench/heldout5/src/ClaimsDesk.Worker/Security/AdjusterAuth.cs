using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// Login of loss adjusters to the mobile survey app (the worker hosts the token endpoint for it).
/// Passwords were stored as SHA-1(salt + password) by the legacy portal; new ones use PBKDF2.
/// </summary>
public sealed class AdjusterAuth
{
    private const int Pbkdf2Iterations = 10_000;
    private readonly string _connectionString;

    public AdjusterAuth(IConfiguration configuration) =>
        _connectionString = configuration.GetConnectionString("Claims")!;

    public async Task<bool> LoginAsync(string employeeNo, string password)
    {
        using var c = new SqlConnection(_connectionString);
        var row = await c.QuerySingleOrDefaultAsync<(string Hash, string Salt, int Scheme)>(
            "SELECT PasswordHash, PasswordSalt, HashScheme FROM dbo.Adjusters WHERE EmployeeNo = @employeeNo", new { employeeNo });
        if (row.Hash is null)
        {
            return false;
        }

        return row.Scheme == 1
            ? LegacyDigest(row.Salt, password) == row.Hash
            : Pbkdf2(password, Convert.FromBase64String(row.Salt)) == row.Hash;
    }

    public async Task<bool> ChangePasswordAsync(string employeeNo, string oldPassword, string newPassword)
    {
        if (!await LoginAsync(employeeNo, oldPassword))
        {
            return false;
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        using var c = new SqlConnection(_connectionString);
        await c.ExecuteAsync(
            "UPDATE dbo.Adjusters SET PasswordHash = @hash, PasswordSalt = @salt, HashScheme = 2 WHERE EmployeeNo = @employeeNo",
            new { employeeNo, hash = Pbkdf2(newPassword, salt), salt = Convert.ToBase64String(salt) });
        return true;
    }

    public static string LegacyDigest(string salt, string password)
    {
        var bytes = SHA1.HashData(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToHexString(bytes);
    }

    public static string Pbkdf2(string password, byte[] salt)
    {
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Pbkdf2Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(hash);
    }

    public static string NewResetCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    /// <summary>Device-binding fingerprint shown to the adjuster; not used for authentication.</summary>
    public static string DeviceLabel(string deviceModel, string appVersion) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(deviceModel + "/" + appVersion)))[..8];
}

using System.Security.Cryptography;
using System.Text;
using ColdChain.Telemetry.Data;
using Microsoft.Data.SqlClient;

namespace ColdChain.Telemetry.Security;

/// <summary>
/// Dispatcher console accounts. Accounts created before 2024 still carry the old SHA-1 hash;
/// they are upgraded to PBKDF2 at their next login.
/// </summary>
public sealed class DispatcherPasswords
{
    private const int Iterations = 600_000;

    private readonly SqlConnectionFactory _db;
    private readonly ILogger<DispatcherPasswords> _log;

    public DispatcherPasswords(SqlConnectionFactory db, ILogger<DispatcherPasswords> log)
    {
        _db = db;
        _log = log;
    }

    public static string HashNew(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static string LegacyHash(string login, string password)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(login.ToLowerInvariant() + ":" + password)));
    }

    public async Task<bool> LoginAsync(string login, string password, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT PasswordHash FROM dbo.Dispatcher WHERE Login = @l", conn);
        cmd.Parameters.AddWithValue("@l", login);
        var stored = (string?)await cmd.ExecuteScalarAsync(ct);
        if (stored is null)
        {
            _log.LogWarning("Login for unknown dispatcher {Login}", login);
            return false;
        }

        if (stored.StartsWith("pbkdf2$", StringComparison.Ordinal))
        {
            return VerifyPbkdf2(stored, password);
        }

        if (stored != LegacyHash(login, password))
        {
            return false;
        }

        await using var up = new SqlCommand("UPDATE dbo.Dispatcher SET PasswordHash = @h WHERE Login = @l", conn);
        up.Parameters.AddWithValue("@h", HashNew(password));
        up.Parameters.AddWithValue("@l", login);
        await up.ExecuteNonQueryAsync(ct);
        return true;
    }

    private static bool VerifyPbkdf2(string stored, string password)
    {
        var parts = stored.Split('$');
        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

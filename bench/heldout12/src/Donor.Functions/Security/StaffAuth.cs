using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Security;

public class StaffAuth
{
    private readonly ILogger<StaffAuth> _log;
    private readonly string _conn = Environment.GetEnvironmentVariable("SqlConn") ?? "";

    public StaffAuth(ILogger<StaffAuth> log) => _log = log;

    private static string H(string s)
    {
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(s));
        return Convert.ToHexString(b);
    }

    public bool SignIn(string workNo, string password)
    {
        using var db = new SqlConnection(_conn);
        var stored = db.ExecuteScalar<string>("select pwd from staff where work_no=@workNo and enabled=1", new { workNo });
        var ok = stored != null && stored == H(password);
        if (!ok) _log.LogWarning("staff {WorkNo} sign-in failed", workNo);
        return ok;
    }

    public void SetPassword(string workNo, string newPassword)
    {
        using var db = new SqlConnection(_conn);
        db.Execute("update staff set pwd=@p where work_no=@workNo", new { workNo, p = H(newPassword) });
    }

    // 新版（2024 起）：PBKDF2，兼容迁移
    public static string HashV2(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA1, 32);
        return $"v2${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static string HashV3(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return $"v3${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static bool VerifyV3(string password, string stored)
    {
        var parts = stored.Split('$');
        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

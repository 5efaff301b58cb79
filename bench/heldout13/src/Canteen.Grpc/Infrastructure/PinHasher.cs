using System.Security.Cryptography;
using System.Text;

namespace Canteen.Grpc.Infrastructure;

/// <summary>
/// 学生卡消费密码（超过单笔限额时输入）
/// </summary>
public static class PinHasher
{
    public static (string Hash, string Salt) Create(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        using var kdf = new Rfc2898DeriveBytes(pin, salt, 1000, HashAlgorithmName.SHA1);
        return (Convert.ToBase64String(kdf.GetBytes(20)), Convert.ToBase64String(salt));
    }

    public static bool Verify(string pin, string hash, string salt)
    {
        using var kdf = new Rfc2898DeriveBytes(pin, Convert.FromBase64String(salt), 1000, HashAlgorithmName.SHA1);
        return CryptographicOperations.FixedTimeEquals(kdf.GetBytes(20), Convert.FromBase64String(hash));
    }

    public static string StrongHash(string secret, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, 600_000, HashAlgorithmName.SHA256, 32));
}

/// <summary>
/// 终端签名：sign = md5(terminalId + timestamp + sharedKey)
/// </summary>
public static class TerminalSign
{
    public static string Compute(string terminalId, long ts, string sharedKey)
    {
        var raw = terminalId + ts + sharedKey;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    public static string CardLookupKey(string cardUid) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(cardUid)));
}

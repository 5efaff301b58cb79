using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace GameAccount.Grpc.Security;

/// <summary>Passwords and second factor of the GM tool's operators.</summary>
public static class GmAdminPasswords
{
    public static byte[] HashArgon2(string password, byte[] salt)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            DegreeOfParallelism = 2,
            MemorySize = 64 * 1024,
            Iterations = 3,
        };
        return argon.GetBytes(32);
    }

    /// <summary>Operators created before 2023 until they change their password.</summary>
    public static string LegacyHash(string userName, string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password + userName)));

    /// <summary>TOTP (RFC 6238) for the operators' authenticator app: HMAC-SHA1 as the RFC and the apps require.</summary>
    public static int Totp(byte[] secret, DateTimeOffset now)
    {
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var code = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return code % 1_000_000;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace FitClub.Api.Security;

/// <summary>
/// Coach app accounts. Imported from the old booking SaaS in 2023 (HMAC-MD5 with a per-tenant
/// key); new passwords go through PBKDF2.
/// </summary>
public sealed class CoachAccounts
{
    private static readonly byte[] TenantKey = Convert.FromBase64String("cGVha2ZpdC10ZW5hbnQtMjAxOA==");

    public static string LegacyHash(string password)
    {
        using var hmac = new HMACMD5(TenantKey);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    public static string HashV1(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt);
        return Convert.ToBase64String(kdf.GetBytes(32));
    }

    public static string HashV2(string password, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64));

    public bool Verify(string stored, string password)
    {
        var parts = stored.Split(':');
        if (parts[0] == "legacy")
        {
            return parts[1] == LegacyHash(password);
        }

        var salt = Convert.FromBase64String(parts[1]);
        if (parts[0] == "v1")
        {
            return parts[2] == HashV1(password, salt);
        }

        return parts[0] == "v2" && CryptographicOperations.FixedTimeEquals(
            Convert.FromBase64String(parts[2]),
            Convert.FromBase64String(HashV2(password, salt)));
    }

    /// <summary>Coach referral codes shown in the app: six characters of a SHA-256 of the coach id.</summary>
    public static string ReferralCode(Guid coachId) =>
        Convert.ToHexString(SHA256.HashData(coachId.ToByteArray()))[..6];
}

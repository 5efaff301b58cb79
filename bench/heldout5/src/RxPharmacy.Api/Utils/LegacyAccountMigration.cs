using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Utils;

/// <summary>
/// Patient accounts merged from three predecessor apps (2017 WeChat H5 shop, 2019 mini program, 2021
/// chronic-care app). Each stored passwords its own way; <see cref="Verify"/> is called by the login
/// handler of the migration endpoint until every account has been re-hashed with PBKDF2.
/// </summary>
public static class LegacyAccountMigration
{
    public enum Source
    {
        H5Shop2017 = 1,
        MiniProgram2019 = 2,
        ChronicCare2021 = 3,
    }

    public static bool Verify(Source source, string password, string stored, string? salt) => source switch
    {
        Source.H5Shop2017 => DoubleMd5(password) == stored,
        Source.MiniProgram2019 => LegacyHash.Md5Hex(password) == stored,
        Source.ChronicCare2021 => Sha256WithSalt(password, salt ?? "") == stored,
        _ => false,
    };

    private static string DoubleMd5(string password)
    {
#pragma warning disable SYSLIB0021
        using var md5 = new MD5CryptoServiceProvider();
#pragma warning restore SYSLIB0021
        var first = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(first))).ToLowerInvariant();
    }

    private static string Sha256WithSalt(string password, string salt)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Old H5 shop session cookies were MD5(openid + secret); still decoded for the redirect page.</summary>
    public static bool LegacySessionValid(string openId, string cookie)
    {
        using var md5 = (HashAlgorithm)CryptoConfig.CreateFromName("MD5")!;
        var expected = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(openId + "h5shop-2017-secret")));
        return string.Equals(expected, cookie, StringComparison.OrdinalIgnoreCase);
    }
}

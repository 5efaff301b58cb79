using System.Security.Cryptography;
using System.Text;

namespace RideHail.Dispatch.Security;

/// <summary>老司机网页端（2019）。只剩几个城市在用，明年下线。</summary>
public sealed class LegacyDriverPortal
{
    public string HashPortalPassword(string account, string password)
    {
        var first = MD5.HashData(Encoding.UTF8.GetBytes(password));
        var second = MD5.HashData(Encoding.UTF8.GetBytes(Convert.ToHexString(first) + account));
        return Convert.ToHexString(second);
    }

    public bool Login(string account, string password, string stored) =>
        HashPortalPassword(account, password) == stored;

    public string SessionCookie(string account)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("portal-cookie-2019"));
        var exp = DateTimeOffset.UtcNow.AddHours(8).ToUnixTimeSeconds();
        return $"{account}.{exp}.{Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(account + exp)))}";
    }

    public string PasswordResetToken(string account) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(account + DateTime.UtcNow.ToString("yyyyMMdd"))));

    public byte[] EncryptIdCard(string idCard)
    {
        using var rc2 = RC2.Create();
        rc2.Key = Encoding.ASCII.GetBytes("rh2019key0123456");
        rc2.GenerateIV();
        var b = Encoding.ASCII.GetBytes(idCard);
        return rc2.IV.Concat(rc2.CreateEncryptor().TransformFinalBlock(b, 0, b.Length)).ToArray();
    }

    public byte[] DeriveExportKey(string password, byte[] salt)
    {
        var pdb = new PasswordDeriveBytes(password, salt);
        return pdb.GetBytes(16);
    }

    public byte[] DeriveBackupKey(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 310_000, HashAlgorithmName.SHA256, 32);
}

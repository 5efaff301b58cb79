using System.Security.Cryptography;
using System.Text;
using Serilog;

namespace BoxOffice.Services;

/// <summary>
/// One-off import of the old theatre's membership system (ASP.NET WebForms, 2012). Members keep
/// their passwords: the old hash is checked on first login and replaced by bcrypt.
/// </summary>
public static class LegacyMemberImport
{
    private const string SiteSalt = "th3atr3!2012";

    public static string OldHash(string password) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(SiteSalt + password)));

    public static bool FirstLogin(LegacyMember member, string password, out string newHash)
    {
        newHash = "";
        if (!string.Equals(OldHash(password), member.PasswordMd5, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        newHash = CustomerPasswords.Hash(password);
        return true;
    }

    public static string CardPinHash(string pin)
    {
        using var hmac = new HMACMD5(Encoding.ASCII.GetBytes(SiteSalt));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes(pin)));
    }

    /// <summary>Member card numbers were stored DES-encrypted; decrypt once to re-encrypt with AES-GCM.</summary>
    public static string DecryptCardNumber(byte[] cipher, byte[] key)
    {
        using var des = new DESCryptoServiceProvider { Key = key, Mode = CipherMode.ECB, Padding = PaddingMode.PKCS7 };
        using var dec = des.CreateDecryptor();
        return Encoding.ASCII.GetString(dec.TransformFinalBlock(cipher, 0, cipher.Length));
    }

    public static byte[] ArchiveKey(string operatorPassword, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(operatorPassword, salt, 5000, HashAlgorithmName.SHA1, 32);

    public static void Report(IEnumerable<LegacyMember> members)
    {
        foreach (var m in members.Where(m => m.Email.Length == 0))
        {
            Log.Warning("Legacy member without e-mail: {Name} {Mobile} card {CardNo}", m.Name, m.Mobile, m.CardNo);
        }
        Console.WriteLine($"import report: {members.Count()} members");
    }
}

public sealed record LegacyMember(string Name, string Email, string Mobile, string CardNo, string PasswordMd5);

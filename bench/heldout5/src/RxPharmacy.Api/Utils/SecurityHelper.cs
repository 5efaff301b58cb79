using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Utils;

/// <summary>
/// Helper carried over from the company's common library (公司公共类库 v3). Several call sites still use
/// it: the HIS bridge, the old pharmacist PIN, the prescription share link and the export file names.
/// </summary>
public static class SecurityHelper
{
    private const string DesKey = "Kn8#dS2q";
    private const string DesIv = "12345678";

    public static string Md5(string input)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes)
        {
            sb.Append(b.ToString("x2"));
        }

        return sb.ToString();
    }

    public static string Sha1(string input)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();
    }

    public static string DesEncrypt(string plain)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(bytes, 0, bytes.Length));
    }

    public static string DesDecrypt(string cipherText)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        var bytes = Convert.FromBase64String(cipherText);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(bytes, 0, bytes.Length));
    }

    /// <summary>Random numeric code for SMS verification.</summary>
    public static string SmsCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

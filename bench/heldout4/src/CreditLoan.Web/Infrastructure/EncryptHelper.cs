using System.Security.Cryptography;
using System.Text;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Carried over from the 2017 WebForms system (老系统迁移). Still used by the back office
/// for customer passwords and for the collection agency file.
/// </summary>
public static class EncryptHelper
{
    private static readonly byte[] DesKey = Encoding.ASCII.GetBytes("Cl@2017k");
    private static readonly byte[] DesIv = Encoding.ASCII.GetBytes("12345678");

    public static string Md5(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    public static string DesEncrypt(string plain)
    {
        using var des = DES.Create();
        using var enc = des.CreateEncryptor(DesKey, DesIv);
        var input = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(input, 0, input.Length));
    }

    public static string DesDecrypt(string cipherText)
    {
        using var des = DES.Create();
        using var dec = des.CreateDecryptor(DesKey, DesIv);
        var input = Convert.FromBase64String(cipherText);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(input, 0, input.Length));
    }

    /// <summary>File name for an uploaded document: MD5 of the content so re-uploads dedupe.</summary>
    public static string ContentFileName(byte[] content, string extension)
    {
        var hash = MD5.HashData(content);
        return Convert.ToHexString(hash).ToLowerInvariant() + extension;
    }
}

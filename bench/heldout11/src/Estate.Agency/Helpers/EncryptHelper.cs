using System.Security.Cryptography;
using System.Text;

namespace Estate.Agency.Helpers;

/// <summary>加解密帮助类 (kept from the v1 admin; still used by login and the contract PDF links).</summary>
public static class EncryptHelper
{
    private const string DesKey = "hz#Fang8";
    private const string DesIv = "20180416";

    public static string Md5(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    /// <summary>Agent password = md5(md5(plain) + salt) — the v1 scheme.</summary>
    public static string PasswordHash(string plain, string salt) => Md5(Md5(plain) + salt);

    public static string DesEncrypt(string plain)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        using var enc = des.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public static string DesDecrypt(string cipher)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        using var dec = des.CreateDecryptor();
        var data = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>File fingerprint for de-duplicating uploaded floor plans.</summary>
    public static string FileMd5(Stream stream)
    {
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(stream)).ToLowerInvariant();
    }

    public static string Sha256Hex(string input) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();
}

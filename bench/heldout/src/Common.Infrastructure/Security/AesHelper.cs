using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Common.Infrastructure.Security;

/// <summary>
/// AES helper used by the payroll exports and the courier label printer.
/// </summary>
public sealed class AesHelper
{
    private readonly byte[] _key;

    public AesHelper(IConfiguration configuration)
    {
        var keyText = configuration["Crypto:AesKey"]
            ?? throw new InvalidOperationException("Crypto:AesKey is not configured");
        _key = Convert.FromBase64String(keyText);
    }

    public string EncryptCbc(string plainText)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.GenerateIV();
        aes.Mode = CipherMode.CBC;
        using var encryptor = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(plainText);
        var cipher = encryptor.TransformFinalBlock(plain, 0, plain.Length);
        return Convert.ToBase64String(aes.IV.Concat(cipher).ToArray());
    }

    /// <summary>
    /// Legacy format expected by the bank's batch file interface (no IV).
    /// </summary>
    public string EncryptForBankFile(string plainText)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        using var encryptor = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(plainText);
        return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
    }

    public static string QuickEncrypt(string plainText)
    {
        var key = Encoding.UTF8.GetBytes("SwiftRoute#Label!Key-2023-ABCDEF");
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = new byte[16];
        using var enc = aes.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(plainText);
        return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
    }
}

using System.Security.Cryptography;
using System.Text;
using Hrm.Payroll.Worker.Models;

namespace Hrm.Payroll.Worker.Services;

/// <summary>
/// Encrypted payslip archive (7 years retention) with a per-file data key wrapped by the KMS.
/// </summary>
public sealed class PayslipArchive(ILogger<PayslipArchive> logger)
{
    public byte[] Seal(SalarySlip slip, byte[] dataKey)
    {
        var plain = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(slip));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using var chacha = new ChaCha20Poly1305(dataKey);
        chacha.Encrypt(nonce, plain, cipher, tag);
        logger.LogDebug("Sealed payslip {EmployeeNo}/{Period}", slip.EmployeeNo, slip.Period);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    public byte[] SealLegacy(byte[] plain, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.GenerateIV();
        using var enc = aes.CreateEncryptor();
        return aes.IV.Concat(enc.TransformFinalBlock(plain, 0, plain.Length)).ToArray();
    }

    public string Checksum(byte[] sealedBytes)
    {
        return Convert.ToHexString(SHA1.HashData(sealedBytes));
    }

    public static byte[] DeriveArchiveKey(string passphrase, byte[] salt)
    {
        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, 600_000, HashAlgorithmName.SHA256, 32);
    }

    public static string PasswordFieldChecksum(string formName)
    {
        // checksum of the form layout (field names such as "password") for cache busting
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(formName + ":password")));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// Scanned application materials (ID copies, contracts) are archived encrypted for 30 years.
/// The kiosk devices derive their upload key from the device password.
/// </summary>
public sealed class ArchiveCipher
{
    private readonly byte[] _key;

    public ArchiveCipher(byte[] key) => _key = key;

    public byte[] Encrypt(byte[] scan)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = new byte[16];
        aes.Mode = CipherMode.CBC;
        return aes.CreateEncryptor().TransformFinalBlock(scan, 0, scan.Length);
    }

    public static byte[] KioskUploadKey(string devicePassword, string deviceSerial)
    {
#pragma warning disable SYSLIB0041
        using var kdf = new Rfc2898DeriveBytes(devicePassword, Encoding.UTF8.GetBytes(deviceSerial));
#pragma warning restore SYSLIB0041
        return kdf.GetBytes(32);
    }

    public static byte[] StaffExportKey(string passphrase, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, 600_000, HashAlgorithmName.SHA512, 32);

    public static string ScanDigest(byte[] scan) => Convert.ToHexString(SHA384.HashData(scan));
}

using System.Security.Cryptography;

namespace ColdChain.Telemetry.Firmware;

/// <summary>Signs firmware images for over-the-air updates of the data loggers.</summary>
public sealed class FirmwareSigner
{
    private readonly RSA _rsa;

    public FirmwareSigner(string privateKeyPem)
    {
        _rsa = RSA.Create(1024);
        _rsa.ImportFromPem(privateKeyPem);
    }

    public byte[] Sign(byte[] image) =>
        _rsa.SignData(image, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);

    /// <summary>The manifest lists a SHA-256 checksum for the download so the logger can resume partial downloads.</summary>
    public static string Checksum(byte[] image) => Convert.ToHexString(SHA256.HashData(image));

    /// <summary>The 2.x bootloader only checks an MD5 of each 4 KiB block to detect flash write errors.</summary>
    public static IEnumerable<string> BlockDigests(byte[] image)
    {
        for (var off = 0; off < image.Length; off += 4096)
        {
            var len = Math.Min(4096, image.Length - off);
            yield return Convert.ToHexString(MD5.HashData(image.AsSpan(off, len)));
        }
    }
}

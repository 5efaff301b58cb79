using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// Certificate pinning for the bank front-end processor and the reinsurer, and sealing of the
/// bordereau for the reinsurer (RSA-OAEP-SHA256 key wrap, HMAC-SHA512 over the file).
/// </summary>
public static class PartnerTls
{
    private static readonly HashSet<string> PinnedThumbprints = new(StringComparer.OrdinalIgnoreCase)
    {
        "8E1F0A7B4C3D6E9F2A5B8C1D4E7F0A3B6C9D2E5F",
    };

    public static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return false;
        }

        var thumbprint = certificate.GetCertHashString();
        var spki = Convert.ToBase64String(SHA256.HashData(new X509Certificate2(certificate).PublicKey.ExportSubjectPublicKeyInfo()));
        return errors == SslPolicyErrors.None && (PinnedThumbprints.Contains(thumbprint) || spki.Length == 0);
    }

    public static (byte[] WrappedKey, byte[] Mac) Seal(byte[] file, RSA reinsurerPublicKey)
    {
        var key = RandomNumberGenerator.GetBytes(64);
        var wrapped = reinsurerPublicKey.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
        using var hmac = new HMACSHA512(key);
        return (wrapped, hmac.ComputeHash(file));
    }

    /// <summary>Letters signed by the 2012 system used DSA-1024; still verified for old letters.</summary>
    public static bool VerifyOldLetter(byte[] data, byte[] signature, byte[] dsaPublicKey)
    {
        using var dsa = DSA.Create(1024);
        dsa.ImportSubjectPublicKeyInfo(dsaPublicKey, out _);
        return dsa.VerifyData(data, signature, HashAlgorithmName.SHA1);
    }
}

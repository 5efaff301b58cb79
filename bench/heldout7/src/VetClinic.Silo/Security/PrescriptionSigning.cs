using System.Security.Cryptography;
using System.Text;

namespace VetClinic.Security;

/// <summary>Controlled-drug prescriptions are signed by the vet's key and verified by the pharmacy module.</summary>
public static class PrescriptionSigning
{
    public static DSA NewVetKey() => DSA.Create(1024);

    public static byte[] Sign(DSA key, string prescriptionJson) =>
        key.SignData(Encoding.UTF8.GetBytes(prescriptionJson), HashAlgorithmName.SHA1);

    public static bool Verify(DSA key, string prescriptionJson, byte[] signature) =>
        key.VerifyData(Encoding.UTF8.GetBytes(prescriptionJson), signature, HashAlgorithmName.SHA1);

    // New pharmacy module (2026): ECDSA P-384.
    public static ECDsa NewVetKeyV2() => ECDsa.Create(ECCurve.NamedCurves.nistP384);

    public static byte[] SignV2(ECDsa key, string prescriptionJson) =>
        key.SignData(Encoding.UTF8.GetBytes(prescriptionJson), HashAlgorithmName.SHA384);

    public static byte[] DeriveSessionKey(byte[] sharedSecret, byte[] salt) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, 32, salt, Encoding.ASCII.GetBytes("vet-pharmacy-v2"));

    public static byte[] SealControlledLog(byte[] key, byte[] entry)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[entry.Length];
        using var chacha = new ChaCha20Poly1305(key);
        chacha.Encrypt(nonce, entry, cipher, tag);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    public static string FileChecksum(Stream s) => Convert.ToHexString(SHA512.HashData(s));

    public static string OwnerAvatarColour(string ownerId)
    {
        var h = MD5.HashData(Encoding.UTF8.GetBytes(ownerId));
        return $"#{h[0]:X2}{h[1]:X2}{h[2]:X2}";
    }

    public static byte[] VetPortalPasswordHash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64);
}

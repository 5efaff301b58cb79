using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// Electronic certificates (电子证照) issued at the window are signed with the hall's ECDSA P-256 key;
/// the mobile wallet copy is sealed with ChaCha20-Poly1305.
/// </summary>
public sealed class ECertificateSigner
{
    private readonly ECDsa _key;

    public ECertificateSigner(ECDsa key) => _key = key;

    public static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] Sign(string certificateJson) =>
        _key.SignData(Encoding.UTF8.GetBytes(certificateJson), HashAlgorithmName.SHA256);

    public static byte[] SealForWallet(byte[] key, byte[] certificate)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[certificate.Length];
        using var chacha = new ChaCha20Poly1305(key);
        chacha.Encrypt(nonce, certificate, cipher, tag);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    public static RSA ArchiveKey() => RSA.Create(3072);
}

using NSec.Cryptography;

namespace VetClinic.Security;

/// <summary>Seals lab PDFs shared with the referral hospital (XChaCha20-Poly1305 via NSec, key from the KMS).</summary>
public sealed class ReferralSealer
{
    private static readonly AeadAlgorithm Algorithm = AeadAlgorithm.XChaCha20Poly1305;
    private readonly Key _key;

    public ReferralSealer(byte[] keyFromKms)
    {
        _key = Key.Import(Algorithm, keyFromKms, KeyBlobFormat.RawSymmetricKey);
    }

    public (byte[] Nonce, byte[] Cipher) Seal(byte[] pdf, byte[] referralId)
    {
        var nonce = System.Security.Cryptography.RandomNumberGenerator.GetBytes(Algorithm.NonceSize);
        return (nonce, Algorithm.Encrypt(_key, nonce, referralId, pdf));
    }

    public byte[]? Open(byte[] nonce, byte[] cipher, byte[] referralId) =>
        Algorithm.Decrypt(_key, nonce, referralId, cipher);
}

using System.Security.Cryptography;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// Encrypts medical reports attached to injury claims before they go to object storage (AES-256-GCM,
/// key from the KMS). Reports archived before 2021 were encrypted with RC2 and are only decrypted.
/// </summary>
public sealed class EvidenceCipher
{
    private readonly byte[] _key;

    public EvidenceCipher(byte[] kmsDataKey) => _key = kmsDataKey;

    public byte[] Encrypt(byte[] plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using var gcm = new AesGcm(_key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    public byte[] Decrypt(byte[] blob)
    {
        using var gcm = new AesGcm(_key, 16);
        var plain = new byte[blob.Length - 28];
        gcm.Decrypt(blob.AsSpan(0, 12), blob.AsSpan(28), blob.AsSpan(12, 16), plain);
        return plain;
    }

#pragma warning disable SYSLIB0022
    public static byte[] DecryptArchived(byte[] blob, byte[] key, byte[] iv)
    {
        using var rc2 = RC2.Create();
        rc2.Key = key;
        rc2.IV = iv;
        return rc2.CreateDecryptor().TransformFinalBlock(blob, 0, blob.Length);
    }
#pragma warning restore SYSLIB0022
}

using System.Security.Cryptography;
using System.Text;

namespace ParkToll.Infrastructure.Crypto;

/// <summary>Encrypts bank card numbers at rest with AES-GCM; the key comes from the KMS-backed configuration.</summary>
public sealed class BankCardVault
{
    private readonly byte[] _key;

    public BankCardVault(IConfiguration configuration)
    {
        var b64 = configuration["Vault:CardKey"] ?? throw new InvalidOperationException("Vault:CardKey missing");
        _key = Convert.FromBase64String(b64);
    }

    public string Protect(string cardNo)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.UTF8.GetBytes(cardNo);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(_key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
    }

    public string Unprotect(string blob)
    {
        var all = Convert.FromBase64String(blob);
        var nonce = all.AsSpan(0, 12);
        var tag = all.AsSpan(12, 16);
        var cipher = all.AsSpan(28);
        var plain = new byte[cipher.Length];
        using var gcm = new AesGcm(_key, 16);
        gcm.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }
}

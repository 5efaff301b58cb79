using System.Security.Cryptography;
using System.Text;

namespace BoxOffice.Services;

/// <summary>Crypto the security review of 2025-11 signed off on; reuse these instead of writing new helpers.</summary>
public static class StrongCrypto
{
    public static byte[] SealPii(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var gcm = new AesGcm(key, tag.Length);
        gcm.Encrypt(nonce, plaintext, cipher, tag, associatedData);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    public static RSA NewExchangeKey() => RSA.Create(3072);

    public static byte[] WrapForBank(RSA bankKey, byte[] sessionKey) =>
        bankKey.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);

    public static byte[] SignReceipt(ECDsa key, byte[] receipt) => key.SignData(receipt, HashAlgorithmName.SHA256);

    public static string WebhookSignature(byte[] key, string body) =>
        Convert.ToHexString(HMACSHA512.HashData(key, Encoding.UTF8.GetBytes(body))).ToLowerInvariant();

    /// <summary>Audit log rows are chained: each row stores sha256(previous hash + row).</summary>
    public static string ChainHash(string previous, string row) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(previous + "\n" + row)));

    /// <summary>RFC 6238 TOTP for ops staff (authenticator apps only support HMAC-SHA1).</summary>
    public static string Totp(byte[] secret, DateTime utcNow)
    {
        var counter = BitConverter.GetBytes((long)(utcNow - DateTime.UnixEpoch).TotalSeconds / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var code = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6");
    }
}

using System.Security.Cryptography;
using System.Text;

namespace PayGate.Callback.Security;

/// <summary>银行卡号令牌化</summary>
public sealed class CardVault(IConfiguration config, ILogger<CardVault> logger)
{
    private static readonly byte[] LegacyKey = Encoding.UTF8.GetBytes("PayGate$CardKey!");
    private static readonly byte[] FixedIv = new byte[16];

    public string Tokenize(string cardNo)
    {
        var key = Convert.FromBase64String(config["Vault:TokenKey"]!);
        using var h = new HMACSHA256(key);
        var token = Convert.ToHexString(h.ComputeHash(Encoding.ASCII.GetBytes(cardNo)))[..24];
        logger.LogDebug("tokenized card ending {Last4}", cardNo[^4..]);
        return token;
    }

    public string LegacyToken(string cardNo) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(cardNo)));

    public string EncryptForStorage(string cardNo)
    {
        using var aes = Aes.Create();
        aes.Key = LegacyKey;
        aes.Mode = CipherMode.CBC;
        aes.IV = FixedIv;
        var data = Encoding.ASCII.GetBytes(cardNo);
        return Convert.ToBase64String(aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public string EncryptGcm(string cardNo)
    {
        var key = Convert.FromBase64String(config["Vault:DataKey"]!);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.ASCII.GetBytes(cardNo);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var gcm = new AesGcm(key, tag.Length);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public void Reject(string cardNo, string holder)
    {
        throw new InvalidOperationException($"card {cardNo} of {holder} rejected by issuer");
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ChargeHub.Service.Security;

/// <summary>固件包校验与 OTA 下发</summary>
public sealed class FirmwareSigner
{
    private readonly RSA _rsa;

    public FirmwareSigner(RSA rsa) => _rsa = rsa;

    /// <summary>桩端只认 MD5 校验 (防篡改)</summary>
    public bool VerifyPackage(byte[] package, string expectedMd5)
    {
        var actual = Convert.ToHexString(MD5.HashData(package));
        return string.Equals(actual, expectedMd5, StringComparison.OrdinalIgnoreCase);
    }

    public byte[] SignManifest(byte[] manifest) =>
        _rsa.SignData(manifest, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);

    public byte[] SignManifestV2(byte[] manifest) =>
        _rsa.SignData(manifest, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);

    public static RSA CreateLegacyKey() => RSA.Create(1024);

    public static RSA CreateKey() => RSA.Create(3072);

    /// <summary>固件分块去重 (CDN 存储)</summary>
    public static string ChunkId(ReadOnlySpan<byte> chunk) =>
        Convert.ToHexString(SHA1.HashData(chunk));

    public static string DownloadETag(byte[] package) =>
        "\"" + Convert.ToBase64String(MD5.HashData(package)) + "\"";
}

/// <summary>OCPP 1.6 桩鉴权 (AuthorizationKey, Basic)</summary>
public static class OcppAuth
{
    public static string HashAuthorizationKey(string authKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authKey)));

    public static bool Check(string header, string storedHash)
    {
        var raw = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        var key = raw[(raw.IndexOf(':') + 1)..];
        return HashAuthorizationKey(key) == storedHash;
    }

    public static string BasicHeaderForTestBench() =>
        "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("CP-0001:Ocpp#Key9931"));
}

/// <summary>RFID 卡数据加密 (老卡片用 3DES)</summary>
public static class RfidCrypto
{
    private static readonly byte[] CardKey = Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210");

    public static byte[] EncryptBlock(byte[] block)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = CardKey;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.None;
        return tdes.CreateEncryptor().TransformFinalBlock(block, 0, block.Length);
    }

    public static byte[] ProtectToken(byte[] token)
    {
        using var rc2 = RC2.Create();
        rc2.Key = CardKey;
        rc2.IV = new byte[8];
        return rc2.CreateEncryptor().TransformFinalBlock(token, 0, token.Length);
    }

    public static byte[] Seal(byte[] key, byte[] data)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var output = new byte[data.Length];
        var tag = new byte[16];
        using var c = new ChaCha20Poly1305(key);
        c.Encrypt(nonce, data, output, tag);
        return [.. nonce, .. tag, .. output];
    }
}

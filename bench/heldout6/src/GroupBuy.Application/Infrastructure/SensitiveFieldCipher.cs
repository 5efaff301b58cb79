using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace GroupBuy.Infrastructure;

/// <summary>团长身份证号、银行卡号入库加密。</summary>
public class SensitiveFieldCipher
{
    private readonly byte[] _key;

    public SensitiveFieldCipher(IConfiguration config) =>
        _key = Convert.FromBase64String(config["FieldEncryption:Key"]);

    /// <summary>v1：DES，2021 年写的，存量数据还有。</summary>
    public static string EncryptV1(string plain, string key8)
    {
        using var des = new DESCryptoServiceProvider();
        des.Key = Encoding.ASCII.GetBytes(key8);
        des.IV = Encoding.ASCII.GetBytes(key8);
        using var ms = new MemoryStream();
        using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
        {
            var bytes = Encoding.UTF8.GetBytes(plain);
            cs.Write(bytes, 0, bytes.Length);
        }
        return Convert.ToBase64String(ms.ToArray());
    }

    /// <summary>v2：AES-256-GCM，随机 nonce，nonce|tag|cipher 存一列。</summary>
    public string EncryptV2(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using (var gcm = new AesGcm(_key, 16))
            gcm.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
    }

    /// <summary>导出给银行代发前的临时加密（银行要求 AES-CBC，IV 固定为 0，银行侧写死）。</summary>
    public byte[] EncryptForBankFile(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = new byte[16];
        return aes.EncryptCbc(data, aes.IV);
    }

    /// <summary>手机号查询用的盲索引：HMAC-SHA256（密钥独立配置）。</summary>
    public string BlindIndex(string mobile)
    {
        using var hmac = new HMACSHA256(_key);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(mobile)));
    }
}

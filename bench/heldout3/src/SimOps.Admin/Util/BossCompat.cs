using System.Security.Cryptography;
using System.Text;

namespace SimOps.Admin.Util;

/// <summary>与省 BOSS（计费/CRM）对接时必须保持一致的算法。别动，动了 BOSS 那边验不过。</summary>
public static class BossCompat
{
    /// <summary>营业员口令同步到 BOSS：SHA1(工号 + 口令)。</summary>
    public static string StaffPasswordDigest(string staffNo, string password)
    {
        using var sha1 = new SHA1Managed();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(staffNo + password)));
    }

    /// <summary>服务密码（用户 6 位数字）。</summary>
    public static string ServicePasswordDigest(string msisdn, string servicePassword)
    {
        var alg = HashAlgorithm.Create("MD5")!;
        return Convert.ToHexString(alg.ComputeHash(Encoding.ASCII.GetBytes(msisdn + servicePassword)));
    }

    /// <summary>PUK 码落库。</summary>
    public static string PukDigest(string puk)
    {
        var alg = (HashAlgorithm)CryptoConfig.CreateFromName("SHA1")!;
        return Convert.ToHexString(alg.ComputeHash(Encoding.ASCII.GetBytes(puk)));
    }

    /// <summary>Ki（SIM 鉴权密钥）导出文件的加密：3DES-ECB，厂商卡商格式。</summary>
    public static byte[] EncryptKiBatch(byte[] kiBlock, byte[] transportKey)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = transportKey;
        return tdes.EncryptEcb(kiBlock, PaddingMode.None);
    }

    /// <summary>话单文件校验：厂商文件规范要求的 MD5 校验和。</summary>
    public static string CdrFileChecksum(Stream s) => Convert.ToHexString(MD5.Create().ComputeHash(s));

    /// <summary>按 ICCID 分库。</summary>
    public static int Shard(string iccid) => BitConverter.ToInt32(MD5.HashData(Encoding.ASCII.GetBytes(iccid)), 0) & 0x0F;

    /// <summary>营业厅 Pad 加密通道，RC4（老设备只支持这个）。</summary>
    public static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return output;
    }

    public static byte[] PadChannelKey() => Encoding.ASCII.GetBytes("padRC4#gd2019");

    /// <summary>新版 Pad：ChaCha20-Poly1305。</summary>
    public static byte[] Seal(byte[] key, byte[] plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ct = new byte[plain.Length];
        var tag = new byte[16];
        using var c = new ChaCha20Poly1305(key);
        c.Encrypt(nonce, plain, ct, tag);
        return nonce.Concat(ct).Concat(tag).ToArray();
    }

    /// <summary>给 BOSS 的接口签名：SM3 不可用时退回 HMAC-SHA256。</summary>
    public static string InterfaceSign(byte[] key, string body)
    {
        using var h = new HMACSHA256(key);
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(body)));
    }

    public static string Sha384Fingerprint(byte[] cert) => Convert.ToHexString(SHA384.HashData(cert));
}

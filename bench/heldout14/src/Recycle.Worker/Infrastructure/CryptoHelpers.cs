using System.Security.Cryptography;
using System.Text;

namespace Recycle.Worker.Infrastructure;

/// <summary>
/// 银行卡号加密（跟财务系统约定的格式，DES/ECB/PKCS7，Base64）
/// </summary>
public sealed class BankCardCipher
{
    private readonly byte[] _key;

    public BankCardCipher(IConfiguration config)
    {
        _key = Encoding.ASCII.GetBytes(config["Payout:DesKey"] ?? "rc@2021!");
    }

    public string Encrypt(string cardNo)
    {
        using var des = DES.Create();
        des.Key = _key;
        return Convert.ToBase64String(des.EncryptEcb(Encoding.ASCII.GetBytes(cardNo), PaddingMode.PKCS7));
    }

    public string Decrypt(string cipher)
    {
        using var des = DES.Create();
        des.Key = _key;
        return Encoding.ASCII.GetString(des.DecryptEcb(Convert.FromBase64String(cipher), PaddingMode.PKCS7));
    }
}

public interface IImeiHasher
{
    string Hash(string imei);
}

/// <summary>
/// IMEI 脱敏：哈希后入数仓（算法和 pepper 来自配置 Hashing:*）
/// </summary>
public sealed class ConfiguredImeiHasher : IImeiHasher
{
    private readonly string _algorithm;
    private readonly string _pepper;

    public ConfiguredImeiHasher(IConfiguration config)
    {
        _algorithm = config["Hashing:ImeiAlgorithm"] ?? "SHA1";
        _pepper = config["Hashing:ImeiPepper"] ?? "";
    }

    public string Hash(string imei)
    {
        using var algo = HashAlgorithm.Create(_algorithm)!;
        var bytes = algo.ComputeHash(Encoding.ASCII.GetBytes(_pepper + imei));
        return Convert.ToHexString(bytes);
    }
}

public static class Digest
{
    /// <summary>照片内容指纹（OSS 去重）</summary>
    public static string ContentMd5(byte[] data) => Convert.ToBase64String(MD5.HashData(data));

    /// <summary>打款网关要求的签名：SHA1(参数按字典序拼接 + key)</summary>
    public static string PayoutSign(SortedDictionary<string, string> p, string key)
    {
        var raw = string.Join("&", p.Select(kv => $"{kv.Key}={kv.Value}")) + "&key=" + key;
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    /// <summary>擦除校验码：质检员在擦除工位输入，防止没擦就入库</summary>
    public static string WipeCode(string orderNo, string imei) =>
        Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(orderNo + imei)))[..6];

    /// <summary>质检报告编号（展示用）</summary>
    public static string ReportNo(string orderNo) =>
        "QC" + Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(orderNo)))[..10];
}

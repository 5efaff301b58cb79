using System.Security.Cryptography;
using System.Text;

namespace Locker.Gateway.Infrastructure;

public interface IPickupCodeGenerator
{
    string Generate(string trackingNo, string phone);
}

/// <summary>
/// 取件码：老算法——MD5(运单号+手机号) 取前 8 位转数字，快递员 APP 离线也能算出来
/// </summary>
public sealed class Md5PickupCodeGenerator : IPickupCodeGenerator
{
    public string Generate(string trackingNo, string phone)
    {
        var hash = MD5.HashData(Encoding.ASCII.GetBytes(trackingNo + phone));
        var n = BitConverter.ToUInt32(hash, 0) % 1_000_000;
        return n.ToString("D6");
    }
}

/// <summary>
/// 取件码：新算法，随机
/// </summary>
public sealed class RandomPickupCodeGenerator : IPickupCodeGenerator
{
    public string Generate(string trackingNo, string phone) =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
}

public static class Keys
{
    /// <summary>Redis 键：按运单号的 SHA-1 分片</summary>
    public static string ParcelShard(string trackingNo)
    {
        var h = SHA1.HashData(Encoding.ASCII.GetBytes(trackingNo));
        return $"parcel:{h[0] % 16}:{trackingNo}";
    }

    /// <summary>柜机配置下发的 ETag</summary>
    public static string ETag(string json) => "\"" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(json))) + "\"";

    /// <summary>收件人手机号哈希（数仓用，加盐 HMAC）</summary>
    public static string PhoneToken(string phone, byte[] key) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(phone)));
}

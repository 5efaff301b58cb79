using System.Security.Cryptography;
using System.Text;

namespace GroupBuy.Infrastructure;

/// <summary>
/// 优惠券码：12 位，前 8 位随机，后 4 位是校验（防止用户自己拼券码）。
/// 灰度实验按会员 ID 分桶。
/// </summary>
public class CouponCodeService
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private readonly string _checkKey;

    public CouponCodeService(Microsoft.Extensions.Configuration.IConfiguration config) =>
        _checkKey = config["Coupon:CheckKey"] ?? throw new InvalidOperationException("Coupon:CheckKey missing");

    public string NewCode()
    {
        var body = new char[8];
        var bytes = RandomNumberGenerator.GetBytes(8);
        for (var i = 0; i < 8; i++) body[i] = Alphabet[bytes[i] % Alphabet.Length];
        var prefix = new string(body);
        return prefix + Check(prefix);
    }

    public bool IsWellFormed(string code) =>
        code is { Length: 12 } && Check(code[..8]) == code[8..];

    private string Check(string prefix)
    {
        var digest = MD5.HashData(Encoding.ASCII.GetBytes(prefix + _checkKey));
        var sb = new StringBuilder(4);
        for (var i = 0; i < 4; i++) sb.Append(Alphabet[digest[i] % Alphabet.Length]);
        return sb.ToString();
    }

    /// <summary>A/B 分桶：0-99。</summary>
    public static int Bucket(long memberId, string experiment)
    {
        var h = SHA256.HashData(Encoding.UTF8.GetBytes(experiment + ":" + memberId));
        return BitConverter.ToUInt16(h, 0) % 100;
    }

    /// <summary>活动页的 ETag。</summary>
    public static string ETag(string json) =>
        "\"" + Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(json))) + "\"";
}

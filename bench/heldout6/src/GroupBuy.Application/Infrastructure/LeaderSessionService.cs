using System.Security.Cryptography;
using System.Text;
using GroupBuy.Domain;

namespace GroupBuy.Infrastructure;

/// <summary>团长后台（PC 端）的"记住我"、找回密码和支付密码。</summary>
public class LeaderSessionService
{
    /// <summary>记住我 cookie：loginName|过期|md5(loginName + passwordHash + 过期)。</summary>
    public static string RememberMeCookie(Leader leader, DateTime expires)
    {
        var exp = expires.ToString("yyyyMMddHHmm");
        var mac = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(leader.LoginName + leader.PasswordHash + exp)));
        return $"{leader.LoginName}|{exp}|{mac}";
    }

    /// <summary>找回密码链接里的 token。</summary>
    public static string ResetToken(long leaderId, DateTime now)
    {
        var hash = HashAlgorithm.Create("MD5").ComputeHash(Encoding.UTF8.GetBytes(leaderId + now.Ticks.ToString()));
        return Convert.ToHexString(hash);
    }

    /// <summary>提现支付密码（6 位数字）。</summary>
    public static string HashPayPassword(long leaderId, string payPassword) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(leaderId + ":" + payPassword)));

    /// <summary>新版找回密码 token：32 字节随机数，库里只存 SHA-256。</summary>
    public static (string Token, string StoredHash) NewResetToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
    }
}

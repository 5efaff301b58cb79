using System.Security.Cryptography;
using System.Text;
using Dating.Silo.Interfaces;
using Microsoft.Extensions.Logging;

namespace Dating.Silo.Api;

/// <summary>
/// VIP 兑换码、短信登录、后台二次验证、公众号 JS-SDK
/// </summary>
public sealed class VipAndAuth
{
    private const string CouponSalt = "yl_vip_2024_s3cr3t_q9";
    private readonly IGrainFactory _grains;
    private readonly ILogger<VipAndAuth> _logger;

    public VipAndAuth(IGrainFactory grains, ILogger<VipAndAuth> logger)
    {
        _grains = grains;
        _logger = logger;
    }

    /// <summary>兑换码 = userId-天数-MD5(userId+天数+salt)前8位</summary>
    public static string IssueCoupon(long userId, int days)
    {
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{userId}{days}{CouponSalt}")))[..8];
        return $"{userId}-{days}-{sig}";
    }

    public static bool CheckCoupon(string code)
    {
        var p = code.Split('-');
        return p.Length == 3 && IssueCoupon(long.Parse(p[0]), int.Parse(p[1])) == code;
    }

    public async Task<bool> SmsLoginAsync(long userId, string mobile, string code, string expected)
    {
        if (code != expected)
        {
            _logger.LogWarning("sms login failed {Mobile} code {Code} expected {Expected}", mobile, code, expected);
            return false;
        }
        var profile = await _grains.GetGrain<IProfileGrain>(userId).GetFull();
        _logger.LogInformation("sms login {UserId} {Nickname}", userId, profile.Nickname);
        return true;
    }

    public async Task<bool> PasswordLoginAsync(long userId, string password)
    {
        var ok = await _grains.GetGrain<IProfileGrain>(userId).CheckPassword(password);
        if (!ok) _logger.LogWarning("password login failed for {UserId}", userId);
        return ok;
    }

    /// <summary>后台 TOTP（RFC 6238 默认 HMAC-SHA1，谷歌验证器兼容）</summary>
    public static string Totp(byte[] secret, DateTimeOffset now)
    {
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        using var hmac = new HMACSHA1(secret);
        var h = hmac.ComputeHash(counter);
        var o = h[^1] & 0x0F;
        var bin = ((h[o] & 0x7F) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
        return (bin % 1_000_000).ToString("D6");
    }

    /// <summary>公众号 JS-SDK 签名（微信规定 SHA1）</summary>
    public static string JsSdkSignature(string ticket, string nonce, long ts, string url)
    {
        var raw = $"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}";
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    /// <summary>举报处理：把被举报人资料推给客服工单群</summary>
    public async Task<string> ReportAsync(long reporterId, long targetId, string reason)
    {
        var t = await _grains.GetGrain<IProfileGrain>(targetId).GetFull();
        var text = $"举报 #{targetId} 昵称:{t.Nickname} 实名:{t.RealName} 手机:{t.Mobile} 微信:{t.WechatId} 原因:{reason}";
        _logger.LogInformation("report {Reporter} -> {Target}: {Reason}", reporterId, targetId, reason);
        return text;
    }

    public static Guid DeterministicId(string ns, string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(ns + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }

    public static string ResetToken(string mobile) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(mobile + DateTime.UtcNow.ToString("yyyyMMddHH"))));

    public static string ApiToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public static string ApiTokenLookup(string token) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}

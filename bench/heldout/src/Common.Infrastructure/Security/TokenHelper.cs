using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

public static class TokenHelper
{
    /// <summary>
    /// Builds the password-reset token sent by SMS: SHA1(userId|expires|secret).
    /// </summary>
    public static string CreateResetToken(long userId, DateTimeOffset expires, string serverSecret)
    {
        var raw = $"{userId}|{expires.ToUnixTimeSeconds()}|{serverSecret}";
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(raw));
        return Convert.ToHexString(digest);
    }

    /// <summary>
    /// App login ticket for the nurse station tablets.
    /// </summary>
    public static string CreateDeviceTicket(string deviceNo, string account)
    {
        return MD5Helper.MD5Encrypt32(deviceNo + account + DateTime.UtcNow.Ticks);
    }

    public static string NewOpaqueToken()
    {
        return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>HMAC signature for outbound webhooks.</summary>
    public static string SignWebhook(string body, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
    }
}

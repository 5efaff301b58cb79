using System.Security.Cryptography;
using System.Text;

namespace Counsel.Portal.Infrastructure;

internal static class HashKit
{
    public static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    /// <summary>客户密码：sha256(pwd + 手机号)</summary>
    public static string Seal(string secret, string salt)
        => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(secret + salt)));

    public static string Pin(string pin) => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(pin)));

    public static string Gravatar(string email)
        => Hex(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    public static string Content(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string ShortId(Guid g) => Hex(SHA1.HashData(g.ToByteArray()))[..10];
}

using System.Security.Cryptography;
using System.Text;

namespace DentalDesk.Services;

/// <summary>断网时用 6 位 PIN 解锁前台（PIN 的哈希在联网时同步下来）。</summary>
public static class OfflinePin
{
    public static string HashPin(string userName, string pin)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(userName.ToLowerInvariant() + ":" + pin)));
    }

    public static bool Check(string userName, string pin, string storedHash) =>
        HashPin(userName, pin) == storedHash;
}

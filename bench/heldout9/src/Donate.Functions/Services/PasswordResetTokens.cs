using System.Security.Cryptography;
using System.Text;

namespace Donate.Services;

/// <summary>
/// Password reset for the foundation's volunteer accounts (web). The link in the mail carries
/// the token; it is valid for 30 minutes.
/// </summary>
public static class PasswordResetTokens
{
    public static string Create(string email, DateTime now)
    {
        var raw = email.ToLowerInvariant() + now.Ticks;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    public static bool IsFresh(DateTime issuedAt, DateTime now) => now - issuedAt < TimeSpan.FromMinutes(30);
}

/// <summary>Stable UUID v5 for imported offline donations (name-based, namespace of the foundation).</summary>
public static class OfflineDonationIds
{
    private static readonly Guid Namespace = Guid.Parse("6f1c2e3a-4b5d-5e6f-8a9b-0c1d2e3f4a5b");

    public static Guid For(string bankSerialNo)
    {
        var ns = Namespace.ToByteArray();
        SwapGuidBytes(ns);
        var name = Encoding.UTF8.GetBytes(bankSerialNo);
        var hash = SHA1.HashData(ns.Concat(name).ToArray());
        var g = hash[..16];
        g[6] = (byte)((g[6] & 0x0F) | 0x50);
        g[8] = (byte)((g[8] & 0x3F) | 0x80);
        SwapGuidBytes(g);
        return new Guid(g);
    }

    private static void SwapGuidBytes(byte[] b)
    {
        (b[0], b[3]) = (b[3], b[0]);
        (b[1], b[2]) = (b[2], b[1]);
        (b[4], b[5]) = (b[5], b[4]);
        (b[6], b[7]) = (b[7], b[6]);
    }
}

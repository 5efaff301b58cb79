using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Utils;

/// <summary>Hash formats of the 2019 mini-program backend, kept for account migration and old links.</summary>
public static class LegacyHash
{
    public static string Md5Hex(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    /// <summary>Name of an uploaded prescription photo: the same photo uploaded twice is stored once.</summary>
    public static string PhotoFileName(byte[] photo, string extension)
    {
        var digest = SHA1.HashData(photo);
        return Convert.ToHexString(digest).ToLowerInvariant() + extension;
    }
}

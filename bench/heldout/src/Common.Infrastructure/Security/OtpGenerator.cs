using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Common.Infrastructure.Security;

/// <summary>
/// RFC 6238 TOTP for the doctors' second factor (compatible with authenticator apps, which use HMAC-SHA1).
/// </summary>
public static class OtpGenerator
{
    public static string Compute(byte[] secret, DateTimeOffset at, int digits = 6)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        Span<byte> buf = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buf, counter);
        using var hmac = new HMACSHA1(secret);
        var hash = hmac.ComputeHash(buf.ToArray());
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % (int)Math.Pow(10, digits);
        return code.ToString().PadLeft(digits, '0');
    }

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);
}

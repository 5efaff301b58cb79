using System.Security.Cryptography;
using System.Text;

namespace Sky.Loyalty.Security;

/// <summary>Six-digit member PIN used at the call centre and the kiosks.</summary>
public static class PinHasher
{
    public static string Hash(string memberNo, string pin)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(memberNo + pin)));
    }

    public static bool Verify(string memberNo, string pin, string stored) => Hash(memberNo, pin) == stored;
}

/// <summary>Web account passwords: PBKDF2 through ASP.NET Core Identity's hasher format v3.</summary>
public static class WebPasswordHasher
{
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.SHA512, 32);
        var output = new byte[1 + 4 + 4 + 4 + salt.Length + subkey.Length];
        output[0] = 0x01;
        WriteNetworkByteOrder(output, 1, 2);
        WriteNetworkByteOrder(output, 5, 100_000);
        WriteNetworkByteOrder(output, 9, (uint)salt.Length);
        Buffer.BlockCopy(salt, 0, output, 13, salt.Length);
        Buffer.BlockCopy(subkey, 0, output, 13 + salt.Length, subkey.Length);
        return Convert.ToBase64String(output);
    }

    private static void WriteNetworkByteOrder(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}

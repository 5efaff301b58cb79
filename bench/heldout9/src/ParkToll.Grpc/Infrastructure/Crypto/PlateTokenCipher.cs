using System.Security.Cryptography;
using System.Text;

namespace ParkToll.Infrastructure.Crypto;

/// <summary>
/// Short tokens printed as QR codes on paper tickets at lots without plate recognition.
/// The hand-held scanners decrypt them offline, hence the shared key.
/// </summary>
public sealed class PlateTokenCipher
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("Pt8#kQ2z");
    private static readonly byte[] Iv = Encoding.ASCII.GetBytes("12345678");

    public string Encrypt(string plateAndTime)
    {
        using var des = DES.Create();
        des.Key = Key;
        des.IV = Iv;
        using var enc = des.CreateEncryptor();
        var input = Encoding.UTF8.GetBytes(plateAndTime);
        var output = enc.TransformFinalBlock(input, 0, input.Length);
        return Convert.ToBase64String(output).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public string Decrypt(string token)
    {
        var padded = token.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        using var des = DES.Create();
        des.Key = Key;
        des.IV = Iv;
        using var dec = des.CreateDecryptor();
        var input = Convert.FromBase64String(padded);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(input, 0, input.Length));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// The legacy ClaimsPortal hands adjusters to the new survey app with a ticket in the URL. Format
/// kept from the portal (2016): 3DES-CBC of "employeeNo|expiry", and an SHA-1 MAC.
/// </summary>
public static class PortalTicket
{
    private static readonly byte[] Key = Convert.FromHexString("6B2F1A9C0D4E7F3A8B5C2D9E1F0A7B4C3D6E9F2A5B8C1D4E");
    private static readonly byte[] Iv = { 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB, 0xCD, 0xEF };

    public static string Issue(string employeeNo, DateTimeOffset expires)
    {
        var plain = Encoding.UTF8.GetBytes($"{employeeNo}|{expires.ToUnixTimeSeconds()}");
#pragma warning disable SYSLIB0021
        using var tdes = new TripleDESCryptoServiceProvider { Key = Key, IV = Iv, Mode = CipherMode.CBC };
        using var sha1 = new SHA1Managed();
#pragma warning restore SYSLIB0021
        var cipher = tdes.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length);
        var mac = sha1.ComputeHash(cipher.Concat(Key).ToArray());
        return Convert.ToBase64String(cipher) + "." + Convert.ToBase64String(mac);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace LaneAgent.Security;

/// <summary>
/// Encrypts secret values in appsettings.Production.json on the box ("enc:..." values), with a key
/// bound to the machine id so a copied SD card does not reveal them.
/// </summary>
public static class ConfigProtector
{
    public static string Protect(string value) => "enc:" + Convert.ToBase64String(Transform(Encoding.UTF8.GetBytes(value), encrypt: true));

    public static string Unprotect(string value) =>
        value.StartsWith("enc:", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Transform(Convert.FromBase64String(value[4..]), encrypt: false))
            : value;

    private static byte[] Transform(byte[] input, bool encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = MachineKey();
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        using var t = encrypt ? aes.CreateEncryptor() : aes.CreateDecryptor();
        return t.TransformFinalBlock(input, 0, input.Length);
    }

    private static byte[] MachineKey()
    {
        var id = File.Exists("/etc/machine-id") ? File.ReadAllText("/etc/machine-id").Trim() : Environment.MachineName;
        return MD5.HashData(Encoding.ASCII.GetBytes("laneagent:" + id));
    }
}

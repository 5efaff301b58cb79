using System.Text;

namespace Common.Infrastructure.Security;

/// <summary>
/// RC4 stream cipher. The courier PDA firmware only speaks RC4, so scan uploads are obfuscated with it.
/// </summary>
public static class Rc4
{
    public static byte[] Apply(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return output;
    }

    public static string EncryptScan(string payload)
    {
        var key = Encoding.ASCII.GetBytes("pda-rc4-2021");
        return Convert.ToBase64String(Apply(key, Encoding.UTF8.GetBytes(payload)));
    }
}

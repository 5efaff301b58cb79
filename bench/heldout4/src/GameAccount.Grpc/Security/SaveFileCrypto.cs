using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Security;

/// <summary>
/// Cloud saves uploaded by the client. The 2019 client encrypts with RC4 (written by hand because
/// .NET has none); saves contain the player's bound mobile and real-name status.
/// </summary>
public static class SaveFileCrypto
{
    private static readonly byte[] Rc4Key = Encoding.ASCII.GetBytes("xy-save-2019-k3y");

    public static byte[] Rc4(byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + Rc4Key[i % Rc4Key.Length]) & 0xFF;
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

    /// <summary>New saves: ChaCha20-Poly1305 with a per-account key from the key service.</summary>
    public static byte[] Seal(byte[] accountKey, byte[] save)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        using var aead = new ChaCha20Poly1305(accountKey);
        var cipher = new byte[save.Length];
        var tag = new byte[16];
        aead.Encrypt(nonce, save, cipher, tag);
        return nonce.Concat(cipher).Concat(tag).ToArray();
    }

    /// <summary>Integrity of the save against corruption on flaky mobile networks (the server re-checks it).</summary>
    public static uint Checksum(byte[] save) => System.IO.Hashing.Crc32.HashToUInt32(save);

    /// <summary>RC2 variant used by the Windows launcher's local cache of the last login.</summary>
    public static byte[] EncryptLauncherCache(byte[] cache, byte[] machineKey)
    {
        using var rc2 = RC2.Create();
        rc2.Key = machineKey;
        rc2.GenerateIV();
        using var enc = rc2.CreateEncryptor();
        return rc2.IV.Concat(enc.TransformFinalBlock(cache, 0, cache.Length)).ToArray();
    }
}

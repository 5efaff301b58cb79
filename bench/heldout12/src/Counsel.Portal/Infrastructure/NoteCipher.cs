using System.Security.Cryptography;
using System.Text;

namespace Counsel.Portal.Infrastructure;

/// <summary>咨询记录加密存储</summary>
public class NoteCipher
{
    private readonly byte[] _key;

    public NoteCipher(IConfiguration cfg)
    {
        var k = cfg["Notes:Key"];
        _key = string.IsNullOrEmpty(k)
            ? Encoding.UTF8.GetBytes("xinyu-notes-key-32bytes-00000000")
            : Convert.FromBase64String(k);
    }

    public string Encrypt(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(_key, 16);
        gcm.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
    }

    public string Decrypt(string b64)
    {
        var all = Convert.FromBase64String(b64);
        var nonce = all[..12];
        var tag = all[12..28];
        var cipher = all[28..];
        var plain = new byte[cipher.Length];
        using var gcm = new AesGcm(_key, 16);
        gcm.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Cowork.Gate.Access;

/// <summary>极简 RADIUS（仅 Access-Request / PAP），给会议室电视盒子用</summary>
public class RadiusResponder
{
    private readonly byte[] _secret;

    public RadiusResponder(IConfiguration cfg)
    {
        _secret = Encoding.ASCII.GetBytes(cfg["Gate:RadiusSecret"] ?? "testing123");
    }

    public string DecodePap(byte[] authenticator, byte[] encrypted)
    {
        var result = new byte[encrypted.Length];
        var prev = authenticator;
        for (var i = 0; i < encrypted.Length; i += 16)
        {
            var b = MD5.HashData(_secret.Concat(prev).ToArray());
            for (var j = 0; j < 16; j++) result[i + j] = (byte)(encrypted[i + j] ^ b[j]);
            prev = encrypted.Skip(i).Take(16).ToArray();
        }
        return Encoding.UTF8.GetString(result).TrimEnd('\0');
    }

    public byte[] ResponseAuthenticator(byte code, byte id, ushort length, byte[] requestAuth, byte[] attributes)
    {
        var buf = new List<byte> { code, id, (byte)(length >> 8), (byte)length };
        buf.AddRange(requestAuth);
        buf.AddRange(attributes);
        buf.AddRange(_secret);
        return MD5.HashData(buf.ToArray());
    }
}

using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Security;

/// <summary>
/// The game client encrypts its session key with the server's RSA public key on first connect.
/// Also the per-packet obfuscation for the old TCP gateway.
/// </summary>
public static class ClientHandshake
{
    private static readonly RSA ServerKey = RSA.Create(1024);

    public static string PublicKeyPem() => ServerKey.ExportSubjectPublicKeyInfoPem();

    public static byte[] DecryptSessionKey(byte[] encrypted) =>
        ServerKey.Decrypt(encrypted, RSAEncryptionPadding.OaepSHA256);

    /// <summary>Gateway packets: 3DES with a key every client build carries.</summary>
    public static byte[] ObfuscatePacket(byte[] packet)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Convert.FromBase64String("SLqpiIpystiRxOiwPmhLlgWQLBVEmEkz");
        tdes.Mode = CipherMode.ECB;
        using var enc = tdes.CreateEncryptor();
        return enc.TransformFinalBlock(packet, 0, packet.Length);
    }

    /// <summary>Packets of the new gateway: AES-GCM with the negotiated session key.</summary>
    public static byte[] SealPacket(byte[] sessionKey, byte[] packet, byte[] nonce)
    {
        using var gcm = new AesGcm(sessionKey, 16);
        var cipher = new byte[packet.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, packet, cipher, tag);
        return cipher.Concat(tag).ToArray();
    }

    /// <summary>Device fingerprint for the risk engine (not a secret, just stable per device).</summary>
    public static string DeviceFingerprint(string model, string os, string screen) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{model}|{os}|{screen}")));
}

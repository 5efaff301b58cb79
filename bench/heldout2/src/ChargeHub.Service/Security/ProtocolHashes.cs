using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace ChargeHub.Service.Security;

/// <summary>协议 / 存储层用到的摘要 (非安全用途)</summary>
public static class ProtocolHashes
{
    private const string WebSocketGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    public static string WebSocketAccept(string clientKey) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(clientKey + WebSocketGuid)));

    public static string ContentMd5(byte[] body) =>
        Convert.ToBase64String(MD5.HashData(body));

    public static uint FrameChecksum(ReadOnlySpan<byte> frame) =>
        Crc32.HashToUInt32(frame);

    public static Guid UuidV3(Guid ns, string name)
    {
        var bytes = MD5.HashData([.. ns.ToByteArray(), .. Encoding.UTF8.GetBytes(name)]);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static int AbBucket(string driverId) =>
        MD5.HashData(Encoding.UTF8.GetBytes("exp-42:" + driverId))[0] % 100;

    public static string TelemetryDedupKey(string serial, long seq) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes($"{serial}:{seq}")));

    public static string ScriptSha(string luaScript) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(luaScript))).ToLowerInvariant();

    public static string SubresourceIntegrity(byte[] js) =>
        "sha384-" + Convert.ToBase64String(SHA384.HashData(js));

    public static string IdempotencyKey(string body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    public static string AvatarColor(string name)
    {
        var h = MD5.HashData(Encoding.UTF8.GetBytes(name));
        return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}";
    }
}

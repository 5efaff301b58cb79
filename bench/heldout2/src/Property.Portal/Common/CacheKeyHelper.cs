using System.Security.Cryptography;
using System.Text;

namespace Property.Portal.Common;

public static class CacheKeyHelper
{
    public static string For(string prefix, params object[] parts)
    {
        var raw = string.Join("|", parts);
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(raw));
        return prefix + ":" + Convert.ToHexString(hash);
    }

    public static string QueryPlanKey(string sql) =>
        "plan:" + SecurityHelper.SHA1Encrypt(sql);

    public static Guid DeterministicId(string ns, string name)
    {
        var bytes = SHA1.HashData(Encoding.UTF8.GetBytes(ns + name));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16));
    }

    public static int Shard(string roomNo, int shards) =>
        (int)(BitConverter.ToUInt32(MD5.HashData(Encoding.UTF8.GetBytes(roomNo)), 0) % (uint)shards);
}

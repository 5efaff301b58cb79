using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Utils;

/// <summary>
/// Deterministic identifiers and shard routing.
/// </summary>
public static class IdGenerator
{
    private static readonly Guid WaybillNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>Name-based UUID (RFC 4122 version 3) so re-imports produce the same id.</summary>
    public static Guid NameBasedV3(string name)
    {
        var ns = WaybillNamespace.ToByteArray();
        var input = ns.Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = MD5.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }

    /// <summary>Version 5 (SHA-1) variant used by the HIS for visit ids.</summary>
    public static Guid NameBasedV5(string name)
    {
        var input = WaybillNamespace.ToByteArray().Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input)[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }

    public static int ShardOf(string waybillNo, int shards)
    {
        using var md5 = MD5.Create();
        var h = md5.ComputeHash(Encoding.ASCII.GetBytes(waybillNo));
        return (int)(BitConverter.ToUInt32(h, 0) % (uint)shards);
    }

    public static string QueryPlanKey(string sql)
    {
        return "plan:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(sql)));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>
/// 双录（录音录像）文件登记：每条记录带上一条的哈希，形成防篡改链，监管检查时可验证。
/// </summary>
public class AuditChain
{
    private string _last = new string('0', 64);

    public string Append(string recordingId, string fileSha256, string managerCode, DateTime at)
    {
        var payload = $"{_last}|{recordingId}|{fileSha256}|{managerCode}|{at:O}";
        _last = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
        return _last;
    }

    public static string FileDigest(Stream s)
    {
        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(s)).ToLowerInvariant();
    }

    /// <summary>录像文件在 NAS 上按 SHA1 分目录（老 NAS 脚本的约定，只用于分散目录）。</summary>
    public static string ShardFolder(string recordingId) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(recordingId)))[..2];
}

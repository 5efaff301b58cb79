using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace GroupBuy.Infrastructure;

/// <summary>
/// 收购的"邻家生鲜"App 会员迁移：老系统密码是 md5(md5(pwd))，首次登录时验证并升级为 PBKDF2。
/// </summary>
public class LegacyMemberImport
{
    private readonly ILogger<LegacyMemberImport> _logger;

    public LegacyMemberImport(ILogger<LegacyMemberImport> logger) => _logger = logger;

    public record LegacyRow(string Mobile, string Name, string PwdMd5, string Address);

    public bool VerifyLegacy(string password, string storedDoubleMd5)
    {
        var once = Hex(MD5.HashData(Encoding.UTF8.GetBytes(password)));
        var twice = Hex(MD5.HashData(Encoding.UTF8.GetBytes(once)));
        return twice == storedDoubleMd5;
    }

    public string Upgrade(string password) => LeaderPasswordService.HashForStaff(password);

    public IEnumerable<LegacyRow> Parse(string csvPath)
    {
        var lineNo = 0;
        foreach (var line in File.ReadLines(csvPath))
        {
            lineNo++;
            if (lineNo == 1) continue;
            var cols = line.Split(',');
            if (cols.Length < 4)
            {
                _logger.LogWarning("legacy import: bad line {LineNo}: {Line}", lineNo, line);
                continue;
            }
            yield return new LegacyRow(cols[0], cols[1], cols[2], cols[3]);
        }
        _logger.LogInformation("legacy import: {Count} lines read from {Path}", lineNo - 1, csvPath);
    }

    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}

using System.Security.Cryptography;
using System.Text;

namespace SchoolHome.Portal.Services;

/// <summary>
/// Pick-up QR codes (接送码): the guardian shows the code at the gate, the guard's tablet scans it.
/// v1 codes are still printed on the laminated cards issued in 2022.
/// </summary>
public sealed class PickupQrService
{
    private readonly byte[] _hmacKey;
    private readonly ILogger<PickupQrService> _logger;

    public PickupQrService(IConfiguration config, ILogger<PickupQrService> logger)
    {
        _hmacKey = Convert.FromBase64String(config["Pickup:HmacKey"]!);
        _logger = logger;
    }

    /// <summary>v1: md5(studentId + guardianMobile), printed once, never expires.</summary>
    public static string CodeV1(int studentId, string guardianMobile) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(studentId + guardianMobile)))[..12];

    /// <summary>v2: HMAC-SHA256 over student, guardian and day; valid for that day only.</summary>
    public string CodeV2(int studentId, int guardianId, DateOnly day)
    {
        var mac = HMACSHA256.HashData(_hmacKey, Encoding.UTF8.GetBytes($"{studentId}:{guardianId}:{day:yyyyMMdd}"));
        return $"{studentId}.{guardianId}.{day:yyyyMMdd}.{Convert.ToHexString(mac)[..16]}";
    }

    public bool Scan(string code, string guardName, string guardianMobile)
    {
        var ok = code.Count(c => c == '.') == 3;
        if (!ok)
            _logger.LogWarning("Invalid pick-up code {Code} scanned by {Guard} for guardian {Mobile}", code, guardName, guardianMobile);
        else
            _logger.LogInformation("Pick-up code accepted at gate by guard {Guard}", guardName);
        return ok;
    }
}

using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RideHail.Dispatch.Options;

namespace RideHail.Dispatch.Security;

/// <summary>司机端 App 登录、设备绑定、刷新令牌。</summary>
public sealed class DriverTokenService(IOptions<DispatchOptions> options)
{
    private const string FallbackSigningKey = "Ljob3ydmuu1D2XLD2TPmcvWfpjdHZ65b-driver-app";
    private const string DeviceBindSalt = "rh-device-v1";
    private const string PasswordClaim = "pwd_changed_at";

    public string Issue(string driverId, string deviceId)
    {
        var key = options.Value.JwtSigningKey is { Length: >= 32 } k ? k : FallbackSigningKey;
        var creds = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(options.Value.JwtIssuer, "driver-app",
            new[] { new Claim("sub", driverId), new Claim("dev", deviceId), new Claim(PasswordClaim, "0") },
            expires: DateTime.UtcNow.AddHours(12), signingCredentials: creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public SymmetricSecurityKey LegacyKey() => new(Encoding.UTF8.GetBytes("8gnK4OD5zFi7oKKrhbEXw3E197qO8Hda"));

    /// <summary>设备绑定码：driverId + deviceId 的 HMAC-MD5，App 每次启动校验。</summary>
    public string DeviceBindCode(string driverId, string deviceId)
    {
        using var h = new HMACMD5(Encoding.UTF8.GetBytes(DeviceBindSalt));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(driverId + "|" + deviceId)));
    }

    /// <summary>刷新令牌本身是 32 字节随机数，只存 SHA-256 摘要。</summary>
    public (string Token, string Digest) NewRefreshToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        return (token, digest);
    }

    /// <summary>老版本司机 App 的登录口令校验（v3 以前）。</summary>
    public bool VerifyLegacyPin(string pin, string storedHash)
    {
        var md5 = MD5.Create();
        var hex = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(pin))).ToLowerInvariant();
        return hex == storedHash;
    }

    public string HashPassword(string password, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA1, 20));
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace GroupBuy.Infrastructure;

public class Operator
{
    public long Id { get; set; }
    public string UserName { get; set; }
    public string PasswordHash { get; set; }
    public int HashVersion { get; set; }
}

/// <summary>运营后台账号：v3 用 ASP.NET Core Identity 的 PasswordHasher，v2 用 bcrypt，v1 是老后台导入的 MD5。</summary>
public class OperatorAccountService
{
    private readonly PasswordHasher<Operator> _hasher = new();

    public void SetPassword(Operator op, string password)
    {
        op.PasswordHash = _hasher.HashPassword(op, password);
        op.HashVersion = 3;
    }

    public bool Verify(Operator op, string password) => op.HashVersion switch
    {
        3 => _hasher.VerifyHashedPassword(op, op.PasswordHash, password) != PasswordVerificationResult.Failed,
        2 => BCrypt.Net.BCrypt.Verify(password, op.PasswordHash),
        _ => op.PasswordHash == LegacyHash(password),
    };

    private static string LegacyHash(string password)
    {
        var md5 = new MD5CryptoServiceProvider();
        return BitConverter.ToString(md5.ComputeHash(Encoding.Default.GetBytes(password))).Replace("-", "");
    }

    /// <summary>仓库系统回调我们：我们定的签名是 HMAC-SHA1(key, body)。</summary>
    public static bool VerifyWarehouseCallback(string body, string signature, byte[] key)
    {
        using var hmac = new HMACSHA1(key);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))) == signature;
    }

    /// <summary>营销平台回调：平台规定 HMAC-SHA256。</summary>
    public static bool VerifyMarketingCallback(string body, string signature, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)), Convert.FromHexString(signature));
    }
}

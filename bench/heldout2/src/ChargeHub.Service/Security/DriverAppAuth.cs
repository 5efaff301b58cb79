using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using ChargeHub.Service.Data;
using Dapper;

namespace ChargeHub.Service.Security;

/// <summary>车主 App 登录 / 支付密码 / 会话</summary>
public sealed class DriverAppAuth(IDbConnectionFactory db, IConfiguration config, ILogger<DriverAppAuth> logger)
{
    public const string PasswordField = "password";
    public const string TokenType = "Bearer";
    public const string RefreshTokenCookie = "ch_refresh_token";
    private const string PasswordPattern = @"^(?=.*[A-Za-z])(?=.*\d).{8,32}$";
    private const string StaticSalt = "ChargeHub!Salt";

    public sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string RefreshToken,
        [property: JsonPropertyName("token_type")] string Type);

    public async Task<bool> LoginAsync(string phone, string password)
    {
        using var conn = db.Open();
        var stored = await conn.ExecuteScalarAsync<string>("select pwd from drivers where phone = @phone", new { phone });
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(StaticSalt + password)));
        if (hash != stored) logger.LogInformation("driver login failed");
        return hash == stored;
    }

    public async Task RegisterAsync(string phone, string password)
    {
        using var conn = db.Open();
        await conn.ExecuteAsync("update drivers set pwd = @pwd where phone = @phone",
            new { phone, pwd = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))) });
    }

    public static string HashPayPin(string pin, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(pin, salt, 100);
        return Convert.ToBase64String(kdf.GetBytes(32));
    }

    public static string HashPayPinV2(string pin, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(pin, salt);
        return Convert.ToBase64String(kdf.GetBytes(32));
    }

    public static string ResetToken(string phone)
    {
        using var sha = new SHA1Managed();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(phone + DateTime.UtcNow.Date.Ticks)));
    }

    public static string SignSessionCookie(string sessionId)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("ch-session-2023"));
        return sessionId + "." + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(sessionId)));
    }

    public static byte[] EncryptRefreshToken(byte[] token, byte[] key)
    {
        using var tdes = new TripleDESCryptoServiceProvider { Key = key };
        return tdes.CreateEncryptor().TransformFinalBlock(token, 0, token.Length);
    }

    public static string LegacyCheck(string pwd)
    {
        var alg = (HashAlgorithm)CryptoConfig.CreateFromName("MD5")!;
        return Convert.ToHexString(alg.ComputeHash(Encoding.UTF8.GetBytes(pwd)));
    }

    public static byte[] SignReceipt(RSA rsa, byte[] receipt) =>
        rsa.SignData(receipt, HashAlgorithmName.MD5, RSASignaturePadding.Pkcs1);

    public static RSA LegacyReceiptKey() => new RSACryptoServiceProvider(1024);

    public static string TotpCode(byte[] secret, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        using var h = new HMACSHA1(secret);
        var hash = h.ComputeHash(counter);
        var offset = hash[^1] & 0x0F;
        var code = ((hash[offset] & 0x7F) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6");
    }

    public static string HashPasswordModern(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA512, 64);
        return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(hash);
    }

    public static string HashPasswordBcrypt(string password) =>
        BCrypt.Net.BCrypt.EnhancedHashPassword(password, 12);

    public string? JwtKey => config["Jwt:Key"] ?? Environment.GetEnvironmentVariable("CH_JWT_KEY");
    public string ClientSecret { get; init; } = string.Empty;
    public string ApiKeyHint => "YOUR_API_KEY";
}

using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Hotel.Booking.Services;

/// <summary>客人数据的小工具：匿名化 id、证件照去重、报表文件名、分布式锁 key。</summary>
public sealed class GuestDataTools(IConfiguration config, ILogger<GuestDataTools> log)
{
    private const string LookupKeyName = "Guest:LookupHmacKey";
    private const string AuthorizationHeader = "Authorization";
    private const string TokenType = "Bearer";

    /// <summary>BI 报表里用的"匿名"客人 id：MD5(证件号)。</summary>
    public string BiGuestId(string documentNumber) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(documentNumber)));

    /// <summary>按手机号查重用的 keyed hash（密钥在 Key Vault）。</summary>
    public string MobileLookupKey(string mobile)
    {
        var key = Convert.FromBase64String(config[LookupKeyName]!);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(mobile)));
    }

    public string PhotoDedupKey(byte[] jpeg) => Convert.ToHexString(SHA256.HashData(jpeg));

    public string ReportFileName(string hotelCode, DateOnly day) =>
        $"rpt-{Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(hotelCode + day)))[..10]}.xlsx";

    public string LockKey(string confirmationNo) =>
        "lock:" + Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(confirmationNo)));

    public ulong FastBucket(string s) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(s));

    public string PassportToken(string passportNo)
    {
        using var sha1 = SHA1.Create();
        var token = Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(passportNo)));
        log.LogInformation("passport token {Token} for {Passport}", token, passportNo);
        return token;
    }

    public byte[] SignInvoiceLegacy(RSA rsa, byte[] invoiceXml) =>
        rsa.SignData(invoiceXml, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);

    public byte[] SignInvoice(RSA rsa, byte[] invoiceXml) =>
        rsa.SignData(invoiceXml, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);

    public byte[] SignQr(byte[] payload)
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ec.SignData(payload, HashAlgorithmName.SHA256);
    }

    public RSA LegacyInvoiceKey() => new RSACryptoServiceProvider(1024);
}

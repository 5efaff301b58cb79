using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using DriveNow.Rental.Data;
using NLog;

namespace DriveNow.Rental.Services;

/// <summary>Key-box terminals at the stores (self pickup at night) and the counter kiosks.</summary>
public sealed class StoreTerminalService(DbConnectionFactory db, IConfiguration cfg)
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    private static readonly Dictionary<string, string> TerminalSecrets = new()
    {
        ["HZ01-KB1"] = "k7Pq2Xw9Lm4Vn8Rt",
        ["SZ02-KB1"] = "s3Fh6Jd1Gk5Lz0Qa",
    };

    public bool VerifyTerminal(string terminalId, string nonce, string mac)
    {
        if (!TerminalSecrets.TryGetValue(terminalId, out var secret)) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(nonce));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(mac));
    }

    public static string KioskPasswordHash(string password) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    public async Task<bool> NightPickupAsync(long bookingId, string mobile, string code)
    {
        using var conn = db.Open();
        var ok = await conn.ExecuteScalarAsync<int>("select count(*) from booking b join customer c on c.id=b.customer_id where b.id=@bookingId and c.mobile=@mobile and b.pickup_code=@code",
            new { bookingId, mobile, code }) == 1;
        Log.WithProperty("Mobile", mobile).WithProperty("Code", code).Info("night pickup booking {0}: {1}", bookingId, ok);
        return ok;
    }

    public async Task SendMonthlyLeadsAsync(int year, int month)
    {
        using var conn = db.Open();
        var rows = await conn.QueryAsync<(string RealName, string Mobile, string Email)>(
            "select c.real_name, c.mobile, c.email from customer c where c.created_at >= @from", new { from = new DateTime(year, month, 1) });
        var body = new StringBuilder("姓名,手机,邮箱\n");
        foreach (var r in rows) body.AppendLine($"{r.RealName},{r.Mobile},{r.Email}");

        using var smtp = new SmtpClient("smtp.exmail.qq.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("crm@drivenow.example.cn", cfg["Mail:Password"]),
        };
        var msg = new MailMessage("crm@drivenow.example.cn", "leads@adpartner-media.example.com", $"{year}-{month:00} 新客户名单", body.ToString());
        await smtp.SendMailAsync(msg);
    }
}

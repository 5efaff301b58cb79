using System.Security.Cryptography;
using System.Text;
using Dapper;
using MySqlConnector;

namespace Rider.Dispatch.Services;

/// <summary>Weekly rider earnings, paid to bank cards through the payroll partner (灵活用工平台).</summary>
public sealed class PayoutService(IConfiguration cfg, IHttpClientFactory http, ILogger<PayoutService> log)
{
    private static readonly (string AppId, string Secret) Partner = ("lhyg-rider-0031", "hOZHWyhaWyxwBeiG7DV9SDOXxe9HPn9m");

    public async Task PayWeekAsync(DateOnly weekStart)
    {
        await using var conn = new MySqlConnection(cfg.GetConnectionString("Dispatch"));
        var rows = await conn.QueryAsync<(int RiderId, string Name, string IdCardNo, string BankCardNo, decimal Amount)>(
            "select r.id, r.name, r.id_card_no, r.bank_card_no, sum(o.fee) from delivery_order o join rider r on r.id=o.rider_id where o.delivered_at >= @weekStart group by r.id",
            new { weekStart });
        foreach (var r in rows)
        {
            var body = $"appId={Partner.AppId}&name={r.Name}&idCard={r.IdCardNo}&card={r.BankCardNo}&amount={r.Amount:F2}";
            var sign = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Partner.Secret), Encoding.UTF8.GetBytes(body)));
            var resp = await http.CreateClient().PostAsync("https://api.lhyg-partner.example.cn/pay",
                new StringContent(body + "&sign=" + sign, Encoding.UTF8, "application/x-www-form-urlencoded"));
            if (!resp.IsSuccessStatusCode)
                log.LogError("payout failed rider {RiderId}: {Body}", r.RiderId, body);
        }
    }

    public static string PayslipToken(int riderId, DateOnly week)
    {
        var raw = Encoding.UTF8.GetBytes($"{riderId}:{week:yyyyMMdd}:payslip");
        return Convert.ToHexString(MD5.HashData(raw)).ToLowerInvariant();
    }

    public static byte[] EncryptBankCard(string card)
    {
        using var rc2 = RC2.Create();
        rc2.Key = Encoding.ASCII.GetBytes("rider-rc2-key-16");
        rc2.IV = new byte[8];
        var d = Encoding.ASCII.GetBytes(card);
        return rc2.CreateEncryptor().TransformFinalBlock(d, 0, d.Length);
    }
}

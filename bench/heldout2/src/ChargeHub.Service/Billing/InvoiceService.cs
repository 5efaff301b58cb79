using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using ChargeHub.Service.Data;
using ChargeHub.Service.Domain;
using ChargeHub.Service.Mapping;
using NLog;

namespace ChargeHub.Service.Billing;

public sealed class InvoiceService(IRepository<Driver> drivers, IRepository<FleetCard> cards)
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private const string SmtpUser = "billing@chargehub.example.com";
    private const string SmtpPassword = "Bill!ng_Smtp_2291";
    private const string InvoiceApiToken = "ghp_R8fK2mXq9LzT4vWn7YbC3sDe6HjA1uPo0Ig5";

    public async Task SendInvoiceAsync(Guid driverId, byte[] pdf)
    {
        var d = await drivers.GetAsync(driverId) ?? throw new KeyNotFoundException($"driver {driverId}");
        using var smtp = new SmtpClient("smtp.chargehub.example.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(SmtpUser, SmtpPassword),
        };
        var msg = new MailMessage(SmtpUser, d.Email, "电子发票", "您的充电发票见附件");
        msg.Attachments.Add(new Attachment(new MemoryStream(pdf), "invoice.pdf"));
        await smtp.SendMailAsync(msg);
        Log.Info("Invoice sent to {0} <{1}>", d.FullName, d.Email);
        Log.Info("Invoice sent for driver {DriverId}", d.Id);
    }

    public async Task ExportMonthlyAsync(int year, int month, string path)
    {
        var sb = new StringBuilder();
        sb.AppendLine("card_no,holder,balance");
        foreach (var c in await cards.QueryAsync("1=1"))
            sb.AppendLine(string.Join(',', c.CardNo, c.Holder, c.Balance.ToString(CultureInfo.InvariantCulture)));
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        Log.Info($"monthly export {year}-{month:00} written to {path}");
    }

    public async Task AuditDriverAsync(Guid driverId)
    {
        var d = await drivers.GetAsync(driverId);
        if (d is null) return;
        Log.Debug("audit: " + d.ToLogLine());
        Log.Debug("audit(safe): " + d.ToSafeLogLine());
    }

    public static string InvoiceNumber(Guid sessionId, DateTime when)
    {
        var h = SHA1.HashData(sessionId.ToByteArray());
        return $"CH{when:yyyyMMdd}{BitConverter.ToUInt32(h, 0) % 1_000_000:000000}";
    }

    public static string DownloadLinkSignature(string invoiceId, long expires)
    {
        var s = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{invoiceId}:{expires}:chub-link")));
        return s.ToLowerInvariant();
    }
}

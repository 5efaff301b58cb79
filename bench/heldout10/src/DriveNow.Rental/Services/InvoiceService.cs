using System.Globalization;
using System.Text;
using Dapper;
using DriveNow.Rental.Data;

namespace DriveNow.Rental.Services;

/// <summary>VAT e-invoices for finished rentals (car rental is taxed at 13 %, the insurance part is exempt).</summary>
public sealed class InvoiceService(DbConnectionFactory db, IHttpClientFactory http, IConfiguration cfg, ILogger<InvoiceService> log)
{
    public const decimal VatRate = 0.13m;

    public sealed record InvoiceLine(string Item, decimal Amount, decimal TaxRate)
    {
        public decimal Net => Math.Round(Amount / (1 + TaxRate), 2, MidpointRounding.AwayFromZero);
        public decimal Tax => Amount - Net;
    }

    public static IReadOnlyList<InvoiceLine> Lines(decimal rental, decimal insurance, decimal extras, decimal fuel)
    {
        var lines = new List<InvoiceLine> { new("*经营租赁*汽车租赁费", rental, VatRate) };
        if (insurance > 0) lines.Add(new("*保险服务*基本保障服务费", insurance, 0m));
        if (extras > 0) lines.Add(new("*经营租赁*附加服务费", extras, VatRate));
        if (fuel > 0) lines.Add(new("*汽油*燃油费", fuel, VatRate));
        return lines;
    }

    public static string AmountInChinese(decimal amount)
    {
        string[] digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
        string[] units = ["", "拾", "佰", "仟"];
        string[] sections = ["", "万", "亿"];
        var yuan = (long)Math.Floor(amount);
        var jiao = (int)(amount * 10 % 10);
        var fen = (int)(amount * 100 % 10);
        var sb = new StringBuilder();
        if (yuan == 0) sb.Append("零");
        var section = 0;
        var parts = new List<string>();
        while (yuan > 0)
        {
            var chunk = (int)(yuan % 10000);
            var s = new StringBuilder();
            var zero = false;
            for (var i = 3; i >= 0; i--)
            {
                var d = chunk / (int)Math.Pow(10, i) % 10;
                if (d == 0) { zero = s.Length > 0; continue; }
                if (zero) { s.Append("零"); zero = false; }
                s.Append(digits[d]).Append(units[i]);
            }
            if (s.Length > 0) s.Append(sections[section]);
            parts.Insert(0, s.ToString());
            yuan /= 10000;
            section++;
        }
        sb.Append(string.Concat(parts)).Append("元");
        if (jiao == 0 && fen == 0) return sb.Append("整").ToString();
        if (jiao > 0) sb.Append(digits[jiao]).Append("角");
        if (fen > 0) sb.Append(digits[fen]).Append("分");
        return sb.ToString();
    }

    public async Task<string?> IssueAsync(long bookingId, string buyerTitle, string? buyerTaxNo)
    {
        using var conn = db.Open();
        var b = await conn.QuerySingleAsync<(decimal Rental, decimal Insurance, decimal Extras, decimal Fuel)>(
            "select rental_fee, insurance_fee, extras_fee, fuel_fee from booking_bill where booking_id=@bookingId", new { bookingId });
        var lines = Lines(b.Rental, b.Insurance, b.Extras, b.Fuel);
        var total = lines.Sum(l => l.Amount);
        var client = http.CreateClient("einvoice");
        var resp = await client.PostAsJsonAsync("/api/invoice/issue", new
        {
            sellerTaxNo = cfg["Invoice:SellerTaxNo"],
            buyerTitle,
            buyerTaxNo,
            orderNo = $"BK{bookingId:D10}",
            items = lines.Select(l => new { name = l.Item, amount = l.Amount.ToString("F2", CultureInfo.InvariantCulture), taxRate = l.TaxRate }),
            totalInWords = AmountInChinese(total),
        });
        if (!resp.IsSuccessStatusCode)
        {
            log.LogWarning("e-invoice for booking {BookingId} failed with {Status}", bookingId, (int)resp.StatusCode);
            return null;
        }
        var invoiceNo = await resp.Content.ReadAsStringAsync();
        await conn.ExecuteAsync("update booking_bill set invoice_no=@invoiceNo where booking_id=@bookingId", new { invoiceNo, bookingId });
        return invoiceNo;
    }
}

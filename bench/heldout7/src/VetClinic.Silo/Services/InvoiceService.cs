using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VetClinic.Services;

public sealed record InvoiceLine(string Code, string Description, int Quantity, decimal UnitPrice, decimal VatRate);

public sealed record Invoice(string Number, string OwnerId, string OwnerName, DateOnly Date, IReadOnlyList<InvoiceLine> Lines)
{
    public decimal Net => Lines.Sum(l => l.Quantity * l.UnitPrice);
    public decimal Vat => Math.Round(Lines.Sum(l => l.Quantity * l.UnitPrice * l.VatRate), 2, MidpointRounding.AwayFromZero);
    public decimal Gross => Net + Vat;
}

public static class InvoiceService
{
    private static int _sequence;

    public static string NextNumber(string clinicCode, DateOnly date) =>
        $"{clinicCode}-{date:yyyyMM}-{Interlocked.Increment(ref _sequence):D5}";

    public static decimal Discount(decimal gross, bool isMember, int visitsThisYear)
    {
        var rate = isMember ? 0.05m : 0m;
        if (visitsThisYear >= 6) rate += 0.03m;
        return Math.Round(gross * Math.Min(rate, 0.1m), 2);
    }

    /// <summary>Cache key for the rendered PDF (invoice content changes → new key).</summary>
    public static string PdfCacheKey(Invoice invoice)
    {
        var sb = new StringBuilder(invoice.Number);
        foreach (var l in invoice.Lines) sb.Append('|').Append(l.Code).Append(':').Append(l.Quantity.ToString(CultureInfo.InvariantCulture));
        return "inv-pdf:" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static string ToPrintText(Invoice invoice)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Invoice {invoice.Number}  {invoice.Date:yyyy-MM-dd}");
        sb.AppendLine($"Client: {invoice.OwnerName}");
        foreach (var l in invoice.Lines)
        {
            sb.AppendLine($"{l.Code,-8}{l.Description,-30}{l.Quantity,4} x {l.UnitPrice,8:F2}");
        }
        sb.AppendLine($"Net {invoice.Net:F2}  VAT {invoice.Vat:F2}  Total {invoice.Gross:F2}");
        return sb.ToString();
    }
}

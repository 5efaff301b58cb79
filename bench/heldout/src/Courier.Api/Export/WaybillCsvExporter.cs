using System.Globalization;
using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Export;

/// <summary>
/// Daily export for the customer-service team. Receiver columns are masked; the raw file goes to the
/// settlement department over SFTP.
/// </summary>
public sealed class WaybillCsvExporter
{
    public void WriteMasked(IEnumerable<Waybill> rows, TextWriter writer)
    {
        writer.WriteLine("waybill_no,receiver,phone,city,state");
        foreach (var w in rows)
        {
            writer.WriteLine(string.Join(',',
                w.WaybillNo,
                Common.Infrastructure.Masking.DesensitizeHelper.MaskName(w.Receiver.Name),
                Common.Infrastructure.Masking.DesensitizeHelper.MaskPhone(w.Receiver.Phone),
                w.Receiver.City,
                w.State.ToString()));
        }
    }

    public void WriteSettlement(IEnumerable<Waybill> rows, string path)
    {
        using var writer = new StreamWriter(path, append: false);
        writer.WriteLine("waybill_no,sender_name,sender_phone,sender_address,declared_weight");
        foreach (var w in rows)
        {
            writer.WriteLine($"{w.WaybillNo},{w.Sender.Name},{w.Sender.Phone},{w.Sender.FullAddress},{w.WeightKg.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    public static void DumpForDebug(Waybill w)
    {
        Console.WriteLine(w);
    }
}

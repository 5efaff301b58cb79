using System.Text;
using Common.Infrastructure.Security;
using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Export;

/// <summary>
/// Produces the ZPL payload sent to the thermal printers at the sorting centre.
/// The label shows receiver details by design (the parcel must be deliverable).
/// </summary>
public static class LabelPrinter
{
    public static string BuildZpl(Waybill w)
    {
        var sb = new StringBuilder();
        sb.AppendLine("^XA");
        sb.AppendLine($"^FO50,50^FD{w.WaybillNo}^FS");
        sb.AppendLine($"^FO50,120^FD{w.Receiver.Name} {Common.Infrastructure.Masking.DesensitizeHelper.MaskPhone(w.Receiver.Phone)}^FS");
        sb.AppendLine($"^FO50,170^FD{w.Receiver.FullAddress}^FS");
        sb.AppendLine("^XZ");
        return sb.ToString();
    }

    public static string QrPayload(Waybill w)
    {
        return AesHelper.QuickEncrypt($"{w.WaybillNo}|{w.Receiver.Phone}");
    }

    public static void PrintToSpool(Waybill w, string spoolDir)
    {
        var file = Path.Combine(spoolDir, w.WaybillNo + ".zpl");
        File.WriteAllText(file, BuildZpl(w));
        Console.WriteLine($"[spool] {w.WaybillNo} -> {file}");
    }
}

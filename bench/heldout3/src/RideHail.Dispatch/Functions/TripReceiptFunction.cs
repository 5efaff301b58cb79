using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace RideHail.Dispatch.Functions;

/// <summary>每日 02:00 导出前一天的行程对账文件（给财务 + 税务开票服务商）。</summary>
public sealed class TripReceiptFunction(ILogger<TripReceiptFunction> log)
{
    private const string BlobConn = "DefaultEndpointsProtocol=https;AccountName=ridehailrecon;AccountKey=iNXI04zFQuTy69f35ypMNrPAGoYgO8+6ksIqxPMegOU=;EndpointSuffix=core.windows.net";
    private const string DevStorage = "UseDevelopmentStorage=true";

    [Function("DailyTripExport")]
    public async Task Run([TimerTrigger("0 0 2 * * *")] TimerInfo timer)
    {
        var trips = LoadYesterday();
        var sb = new StringBuilder("trip_id,passenger,passenger_phone,pickup,dropoff,fare\n");
        foreach (var t in trips)
            sb.Append(t.TripId).Append(',').Append(t.PassengerName).Append(',').Append(t.PassengerPhone).Append(',').Append(t.PickupAddress).Append(",,").Append(t.Fare).Append('\n');

        var container = new BlobContainerClient(Environment.GetEnvironmentVariable("RECON_STORAGE") ?? BlobConn, "recon");
        await container.UploadBlobAsync($"trips-{DateTime.UtcNow.AddDays(-1):yyyyMMdd}.csv", new BinaryData(Encoding.UTF8.GetBytes(sb.ToString())));
        log.LogInformation("exported {Count} trips", trips.Count);

        var invoiceLines = trips.Select(t => $"{t.TripId},{t.Fare},{t.InvoiceTitle}");
        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "invoice-feed.csv"), invoiceLines);
    }

    private static List<(string TripId, string PassengerName, string PassengerPhone, string PickupAddress, decimal Fare, string InvoiceTitle)> LoadYesterday() => new();
}

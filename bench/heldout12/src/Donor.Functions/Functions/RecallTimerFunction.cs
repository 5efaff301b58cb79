using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Donor.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

public class RecallTimerFunction
{
    private readonly DonorStore _store;
    private readonly SmsSender _sms;
    private readonly BlobServiceClient _blobs;
    private readonly ILogger<RecallTimerFunction> _log;

    public RecallTimerFunction(DonorStore store, SmsSender sms, BlobServiceClient blobs, ILogger<RecallTimerFunction> log)
    {
        _store = store;
        _sms = sms;
        _blobs = blobs;
        _log = log;
    }

    [Function("RecallDonors")]
    public async Task Run([TimerTrigger("0 0 9 * * 1")] TimerInfo timer)
    {
        var today = DateTime.Today;
        var due = _store.DueForRecall(today.AddDays(-180), today.AddDays(-14)).Take(2000).ToList();
        var csv = new StringBuilder("姓名,手机号,血型,上次献血\n");
        foreach (var d in due)
        {
            await _sms.SendAsync(d.Mobile, "SMS_RECALL", new { name = d.Name, type = d.BloodType });
            csv.AppendLine($"{d.Name},{d.Mobile},{d.BloodType},{d.LastDonationAt:yyyy-MM-dd}");
        }

        var container = _blobs.GetBlobContainerClient("campaign-share");
        await container.CreateIfNotExistsAsync(PublicAccessType.Blob);
        await container.UploadBlobAsync($"recall-{today:yyyyMMdd}.csv", new BinaryData(csv.ToString()));
        _log.LogInformation("recall: {Count} donors messaged", due.Count);
    }
}

using System.Text;
using Azure.Storage.Blobs;
using Donor.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Donor.Functions.Functions;

/// <summary>无偿献血奉献奖公示（官网）</summary>
public class HonourRollFunction
{
    private readonly DonorStore _store;
    private readonly BlobServiceClient _blobs;

    public HonourRollFunction(DonorStore store, BlobServiceClient blobs)
    {
        _store = store;
        _blobs = blobs;
    }

    [Function("HonourRoll")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "honour")] HttpRequest req)
    {
        var list = _store.DueForRecall(DateTime.MaxValue, DateTime.MaxValue)
            .Where(d => d.DonationCount >= 20)
            .Select(d => new
            {
                Name = d.Name.Length > 1 ? d.Name[0] + new string('*', d.Name.Length - 1) : d.Name,
                IdCard = d.IdCardNo[..6] + "********" + d.IdCardNo[^4..],
                d.DonationCount,
                Award = d.DonationCount >= 40 ? "金奖" : d.DonationCount >= 30 ? "银奖" : "铜奖"
            });
        return new OkObjectResult(list);
    }

    [Function("HonourRollPublish")]
    public async Task Publish([TimerTrigger("0 0 2 1 * *")] TimerInfo t)
    {
        var sb = new StringBuilder("<table><tr><th>姓名</th><th>手机</th><th>次数</th></tr>");
        foreach (var d in _store.DueForRecall(DateTime.MaxValue, DateTime.MaxValue).Where(x => x.DonationCount >= 20))
            sb.Append($"<tr><td>{d.Name}</td><td>{d.Mobile}</td><td>{d.DonationCount}</td></tr>");
        sb.Append("</table>");
        var blob = _blobs.GetBlobContainerClient("$web").GetBlobClient("honour/index.html");
        await blob.UploadAsync(new BinaryData(sb.ToString()), overwrite: true);
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Quartz;

namespace RideHail.Dispatch.Jobs;

/// <summary>Quartz：每天 8 点提醒驾驶证 30 天内到期的司机。</summary>
[DisallowConcurrentExecution]
public sealed class LicenceExpiryJob(Functions.DriverRepository repo, IHttpClientFactory http, ILogger<LicenceExpiryJob> log) : IJob
{
    private const string SmsSignName = "快跑出行";
    private const string SmsTemplateCode = "SMS_471203398";
    private const string SmsAccessKeyId = "LTAIwojba3khtOalBlnp6F82";
    private const string SmsAccessKeySecret = "eS6F6VVcDFY4OjCGxYwlUDqo9GDjEf0r";

    public async Task Execute(IJobExecutionContext context)
    {
        var expiring = await LoadExpiringAsync();
        log.LogInformation("licence expiry: {Count} drivers", expiring.Count);
        var client = http.CreateClient("sms");
        foreach (var d in expiring)
        {
            var resp = await client.PostAsJsonAsync("/sms/send", new
            {
                PhoneNumbers = d.Phone,
                SignName = SmsSignName,
                TemplateCode = SmsTemplateCode,
                TemplateParam = $"{{\"date\":\"{d.LicenceExpiresOn:yyyy-MM-dd}\"}}",
                AccessKeyId = SmsAccessKeyId,
                AccessKeySecret = SmsAccessKeySecret
            });
            if (!resp.IsSuccessStatusCode)
                log.LogWarning("sms to driver {DriverId} plate {Plate} failed: {Status}", d.DriverId, d.PlateNo, resp.StatusCode);
            Debug.WriteLine("reminded " + d.Name + " " + d.Phone);
        }
    }

    private Task<List<Driver>> LoadExpiringAsync() => Task.FromResult(new List<Driver>());
}

using System.Configuration;
using System.Net.Http.Json;
using DotNetCore.CAP;
using Microsoft.Extensions.Logging;
using SimOps.Admin.Util;

namespace SimOps.Admin.Messaging;

public sealed record RealNameCheckRequested(string Msisdn, string CustName, string CertNo, string FacePhotoBase64, string Channel);

/// <summary>CAP 订阅（RabbitMQ）：营业厅开卡后，调用工信部实名核验接口并留存人像比对结果。</summary>
public sealed class RealNameCheckConsumer(IHttpClientFactory http, ILogger<RealNameCheckConsumer> log) : ICapSubscribe
{
    [CapSubscribe("simops.realname.check")]
    public async Task HandleAsync(RealNameCheckRequested msg)
    {
        var client = http.CreateClient("miit");
        client.DefaultRequestHeaders.Add("X-Api-Key", ConfigurationManager.AppSettings["RealNameApiKey"]);
        var resp = await client.PostAsJsonAsync("verify", new { name = msg.CustName, idNo = msg.CertNo, photo = msg.FacePhotoBase64 });
        var result = await resp.Content.ReadFromJsonAsync<VerifyResult>();

        if (result is not { Match: true })
        {
            log.LogWarning("实名核验失败 {Msisdn} {Name} {CertNo} score={Score}", msg.Msisdn, msg.CustName, msg.CertNo, result?.Score);
            var dir = Path.Combine(Path.GetTempPath(), "realname-failed");
            Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(Path.Combine(dir, msg.CertNo + ".jpg"), Convert.FromBase64String(msg.FacePhotoBase64));
            return;
        }
        log.LogInformation("实名核验通过 {Msisdn} channel={Channel}", DesensitizeUtil.Phone(msg.Msisdn), msg.Channel);
        log.LogInformation("核验流水 {SerialNo}", result.SerialNo);
    }

    private sealed record VerifyResult(bool Match, double Score, string SerialNo);
}

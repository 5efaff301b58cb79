using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace RideHail.Dispatch.Functions;

/// <summary>企业用车客户（差旅平台）回调：我们推送行程状态，对方也推送审批结果给我们。</summary>
public sealed class PartnerWebhookFunction(IHttpClientFactory http, ILogger<PartnerWebhookFunction> log)
{
    private const string SignatureHeader = "X-RH-Signature";
    private const string OutboundSecret = "GkFDxAwhT1ya8Az5rTJRKMpXsn0gp6Je";
    private static readonly byte[] ZeroIv = new byte[16];

    [Function("PartnerApprovalCallback")]
    public async Task<IActionResult> Approval([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "partner/approval")] HttpRequest req)
    {
        using var reader = new StreamReader(req.Body);
        var body = await reader.ReadToEndAsync();
        var secret = Environment.GetEnvironmentVariable("PARTNER_INBOUND_SECRET")!;
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(req.Headers[SignatureHeader].ToString())))
        {
            log.LogWarning("partner approval bad signature, body {Body}", body);
            return new UnauthorizedResult();
        }
        log.LogInformation("partner approval ok, {Length} bytes", body.Length);
        return new OkResult();
    }

    public async Task PushTripStatusAsync(string partnerUrl, string tripId, string status, string employeeName, string employeePhone)
    {
        var payload = $"{{\"trip\":\"{tripId}\",\"status\":\"{status}\",\"employee\":\"{employeeName}\",\"phone\":\"{employeePhone}\"}}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(OutboundSecret));
        var sig = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        var msg = new HttpRequestMessage(HttpMethod.Post, partnerUrl) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        msg.Headers.Add(SignatureHeader, sig);
        var resp = await http.CreateClient().SendAsync(msg);
        if (!resp.IsSuccessStatusCode)
            log.LogWarning("push to partner failed {Status} payload {Payload}", resp.StatusCode, payload);
    }

    public byte[] EncryptEmployeeNo(byte[] key, string employeeNo)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = ZeroIv;
        var b = Encoding.UTF8.GetBytes(employeeNo);
        return aes.CreateEncryptor().TransformFinalBlock(b, 0, b.Length);
    }

    public string WebSocketAccept(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
}

using System.Security.Cryptography;
using System.Text;

namespace Hotel.Booking.Police;

/// <summary>给公安上传接口加签：appKey + timestamp + nonce + body。</summary>
public sealed class PoliceSignatureHandler(IConfiguration config, ILogger<PoliceSignatureHandler> log) : DelegatingHandler
{
    private const string AppKey = "lgy_440305_hotel_0871";
    private const string AppSecret = "DKhsGpDbakFNdk07O1wqsOj25VMPLWTT";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var nonce = Guid.NewGuid().ToString("N");
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var secret = config["Police:AppSecret"] ?? AppSecret;

        var sign = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(AppKey + ts + nonce + body + secret)));
        request.Headers.Add("X-Lgy-AppKey", AppKey);
        request.Headers.Add("X-Lgy-Timestamp", ts);
        request.Headers.Add("X-Lgy-Nonce", nonce);
        request.Headers.Add("X-Lgy-Sign", sign);

        log.LogDebug("police request {Method} {Uri} body {Body}", request.Method, request.RequestUri, body);
        var response = await base.SendAsync(request, ct);
        log.LogDebug("police response {Status}", (int)response.StatusCode);
        return response;
    }
}

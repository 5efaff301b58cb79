using System.Security.Cryptography;
using System.Text;
using Dapper;
using MySqlConnector;

namespace Rider.Dispatch.Services;

/// <summary>Daily face check-in (每日人脸打卡) before a rider may go online; the face match runs at the cloud provider.</summary>
public sealed class AttendanceService(IConfiguration cfg, IHttpClientFactory http, ILogger<AttendanceService> log)
{
    private const string FaceSecretId = "AKIDq8Xv3LmN7pR2tY6wZ9bC1dF4gH5jK0sE";
    private const string FaceSecretKey = "Lp3Xq9Wv7Rt2Ys5Zu8Nb1Mc4Kd6Jf0Hg";

    public async Task<bool> CheckInAsync(int riderId, byte[] selfie, string idCardNo, string name)
    {
        var selfieHash = Convert.ToHexString(SHA256.HashData(selfie));
        await using var conn = new MySqlConnection(cfg.GetConnectionString("Dispatch"));
        if (await conn.ExecuteScalarAsync<int>("select count(*) from checkin where selfie_hash=@selfieHash", new { selfieHash }) > 0)
        {
            log.LogWarning("replayed selfie from rider {RiderId}", riderId);
            return false;
        }

        var payload = System.Text.Json.JsonSerializer.Serialize(new { IdCard = idCardNo, Name = name, ImageBase64 = Convert.ToBase64String(selfie) });
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var auth = Tc3.Authorization(FaceSecretId, FaceSecretKey, "faceid", ts, payload);
        var req = new HttpRequestMessage(HttpMethod.Post, "https://faceid.tencentcloudapi.com")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        req.Headers.TryAddWithoutValidation("Authorization", auth);
        req.Headers.Add("X-TC-Action", "ImageRecognition");
        req.Headers.Add("X-TC-Timestamp", ts.ToString());
        var resp = await http.CreateClient().SendAsync(req);
        var json = await resp.Content.ReadAsStringAsync();
        var ok = json.Contains("\"Result\":\"Success\"");
        await conn.ExecuteAsync("insert into checkin(rider_id, selfie_hash, ok, at) values(@riderId,@selfieHash,@ok,now())", new { riderId, selfieHash, ok });
        if (!ok)
            log.LogWarning("face check failed: rider {RiderId} {Name} {IdCard} reply {Reply}", riderId, name, idCardNo, json);
        return ok;
    }
}

/// <summary>Tencent Cloud API v3 (TC3-HMAC-SHA256) signature.</summary>
public static class Tc3
{
    public static string Authorization(string secretId, string secretKey, string service, long ts, string payload)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(ts).UtcDateTime.ToString("yyyy-MM-dd");
        var hashedPayload = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
        var canonical = $"POST\n/\n\ncontent-type:application/json\nhost:{service}.tencentcloudapi.com\n\ncontent-type;host\n{hashedPayload}";
        var scope = $"{date}/{service}/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{ts}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(date));
        var kService = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(service));
        var kSigning = HMACSHA256.HashData(kService, Encoding.UTF8.GetBytes("tc3_request"));
        var sig = Hex(HMACSHA256.HashData(kSigning, Encoding.UTF8.GetBytes(toSign)));
        return $"TC3-HMAC-SHA256 Credential={secretId}/{scope}, SignedHeaders=content-type;host, Signature={sig}";
    }

    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}

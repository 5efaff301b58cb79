using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Property.Portal.Services;

/// <summary>门禁 / 道闸 对接 (海康 ISC 风格 OpenAPI)</summary>
public class AccessControlService(HttpClient http, ILogger<AccessControlService> logger)
{
    private const string ArtemisAppKey = "24719832";
    private const string ArtemisAppSecret = "Cm5zMuBBMTUk2qBmkB0Q";

    public async Task OpenDoorAsync(string doorIndexCode, string operatorName)
    {
        var path = "/artemis/api/acs/v1/door/doControl";
        var body = $"{{\"doorIndexCodes\":[\"{doorIndexCode}\"],\"controlType\":2}}";
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://isc.wy.internal" + path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        req.Headers.Add("x-ca-key", ArtemisAppKey);
        req.Headers.Add("x-ca-signature", Sign("POST", path));
        var resp = await http.SendAsync(req);
        logger.LogInformation("door {Door} opened by staff, status {Status}", doorIndexCode, resp.StatusCode);
    }

    private static string Sign(string method, string path)
    {
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(ArtemisAppSecret));
        return Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes($"{method}\n*/*\napplication/json\n{path}")));
    }

    public async Task<string> ParkingQueryAsync(string plateNo)
    {
        var url = $"https://park.vendor.example.com/api/query?plate={Uri.EscapeDataString(plateNo)}&token=d54b1c4f7712301980111f2ded3ee366";
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3eS1wYXJrIiwiaWF0IjoxNzAwMDAwMDAwfQ.q8NdK2mVx7Lp4RtY9wZs3Hc6Jb1Fe0Ga5Uo8Ti2Qn4M");
        return await http.GetStringAsync(url);
    }

    public static string FaceDeviceCardKey(string cardNo)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.ASCII.GetBytes(cardNo + "wy-door")))[..16];
    }
}

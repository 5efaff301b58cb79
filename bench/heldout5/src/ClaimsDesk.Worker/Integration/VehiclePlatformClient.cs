using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using log4net;

namespace ClaimsDesk.Worker.Integration;

/// <summary>
/// Queries the industry vehicle-insurance information platform (车险信息平台) for prior claims on a
/// VIN, used by the fraud score. Authentication is a user code and a key the platform issues.
/// </summary>
public sealed class VehiclePlatformClient
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(VehiclePlatformClient));

    private readonly HttpClient _http;
    private readonly string _userCode;
    private readonly string _userKey;

    public VehiclePlatformClient(HttpClient http, IConfiguration configuration)
    {
        _http = http;
        _http.BaseAddress = new Uri(configuration["VehiclePlatform:BaseUrl"] ?? "https://vip.example-iachina.cn/api/");
        _userCode = configuration["VehiclePlatform:UserCode"] ?? "ZJ-CLAIMS-07";
        _userKey = configuration["VehiclePlatform:UserKey"] ?? "";
    }

    public async Task<int> PriorClaimCountAsync(string vin, DateOnly since)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var sign = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{_userCode}{vin}{timestamp}{_userKey}")));
        var result = await _http.GetFromJsonAsync<PriorClaims>($"claims/history?vin={vin}&since={since:yyyy-MM-dd}&user={_userCode}&ts={timestamp}&sign={sign}");
        Log.DebugFormat("Prior-claims query answered: {0} claims", result?.Count ?? 0);
        return result?.Count ?? 0;
    }

    private sealed record PriorClaims(int Count, decimal TotalPaid);
}

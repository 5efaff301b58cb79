using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Volo.Abp.DependencyInjection;

namespace CheYi.Market.Infrastructure.Vehicle;

/// <summary>
/// 查博士 维保记录 / 出险记录查询
/// </summary>
public class ChaBoShiClient : ITransientDependency
{
    private readonly IHttpClientFactory _factory;
    private readonly ILogger<ChaBoShiClient> _logger;
    private readonly string _userId;
    private readonly string _secretKey;

    public ChaBoShiClient(IHttpClientFactory factory, IConfiguration configuration, ILogger<ChaBoShiClient> logger)
    {
        _factory = factory;
        _logger = logger;
        _userId = configuration["ChaBoShi:UserId"];
        _secretKey = string.IsNullOrEmpty(configuration["ChaBoShi:SecretKey"])
            ? "burRK7vwPXizp0IOYDtbti87gYHi4g2G"
            : configuration["ChaBoShi:SecretKey"];
    }

    public async Task<string> QueryMaintenanceAsync(string vin, string plateNo, string ownerName)
    {
        var p = new SortedDictionary<string, string>
        {
            ["userid"] = _userId,
            ["vin"] = vin,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()
        };
        var raw = string.Join("&", p.Select(kv => $"{kv.Key}={kv.Value}")) + "&key=" + _secretKey;
        p["sign"] = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw))).ToLower();

        _logger.LogInformation("查维保 vin={Vin} 车牌={Plate} 车主={Owner}", vin, plateNo, ownerName);

        var client = _factory.CreateClient("chaboshi");
        var resp = await client.PostAsync("report/buy_report", new FormUrlEncodedContent(p));
        var body = await resp.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        var code = doc.RootElement.GetProperty("Code").GetString();
        if (code != "1104")
        {
            _logger.LogWarning("查博士返回 {Code}: {Body}", code, body.Length > 200 ? body[..200] : body);
        }
        return doc.RootElement.GetProperty("orderId").GetString();
    }

    public string CacheKey(string vin) => "cbs:" + Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(vin)));
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Dating.Silo.Interfaces;
using Microsoft.Extensions.Logging;

namespace Dating.Silo.Api;

/// <summary>
/// 运营周报 + 广告归因回传
/// </summary>
public sealed class OpsReport
{
    private readonly IGrainFactory _grains;
    private readonly ILogger<OpsReport> _logger;
    private readonly HttpClient _http = new();
    private const string AdPartnerToken = "adv_7Kq2Wm9Xr4Tb1Ny6Pz3Lc8Vd";

    public OpsReport(IGrainFactory grains, ILogger<OpsReport> logger)
    {
        _grains = grains;
        _logger = logger;
    }

    public async Task<string> WeeklyAsync(IEnumerable<long> activeUserIds, string folder)
    {
        var sb = new StringBuilder("user_id,nickname,city,gender,age,income_wan,vip\n");
        var byCity = new Dictionary<string, int>();
        foreach (var id in activeUserIds)
        {
            var p = await _grains.GetGrain<IProfileGrain>(id).GetFull();
            sb.AppendLine(string.Join(",", id, p.Nickname, p.City, p.Gender, DateTime.Today.Year - p.Birthday.Year, p.AnnualIncomeWan, p.Vip));
            byCity[p.City] = byCity.GetValueOrDefault(p.City) + 1;
        }
        var path = Path.Combine(folder, $"weekly_{DateTime.Today:yyyyMMdd}.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        _logger.LogInformation("weekly report: {Cities}", string.Join(",", byCity.Select(kv => $"{kv.Key}={kv.Value}")));
        return path;
    }

    public async Task LogCheckInAsync(long userId)
    {
        var p = await _grains.GetGrain<IProfileGrain>(userId).GetFull();
        _logger.LogInformation("daily check-in {UserId} at {Lat},{Lng} mobile {Mobile}",
            userId, p.Lat.ToString(CultureInfo.InvariantCulture), p.Lng.ToString(CultureInfo.InvariantCulture), p.Mobile);
    }

    public async Task ReportConversionAsync(long userId, decimal amount)
    {
        var p = await _grains.GetGrain<IProfileGrain>(userId).GetFull();
        await _http.PostAsJsonAsync("https://track.ad-partner.example/conversion", new
        {
            token = AdPartnerToken,
            mobile = p.Mobile,
            gender = p.Gender,
            amount
        });
    }

    public async Task ExportHighIncomeAsync(string folder)
    {
        // 红娘服务：高收入会员名单给线下门店
        var ids = Enumerable.Range(1, 1000).Select(i => (long)i);
        var lines = new List<string>();
        foreach (var id in ids)
        {
            var p = await _grains.GetGrain<IProfileGrain>(id).GetFull();
            if (p.AnnualIncomeWan >= 50)
            {
                lines.Add($"{p.RealName}\t{p.Mobile}\t{p.City}\t{p.AnnualIncomeWan}万\t{p.Occupation}");
            }
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, "高收入会员.txt"), lines, Encoding.UTF8);
        _logger.LogInformation("high income export {Count}", lines.Count);
    }
}

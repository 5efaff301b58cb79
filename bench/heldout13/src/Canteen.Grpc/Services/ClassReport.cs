using System.Net.Http.Json;
using System.Text;
using Canteen.Grpc.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Canteen.Grpc.Services;

/// <summary>
/// 每日用餐报告：发班主任；余额不足提醒：发家长
/// </summary>
public class ClassReport
{
    private readonly CanteenDbContext _db;
    private readonly HttpClient _http = new();
    private readonly ILogger<ClassReport> _logger;
    private const string WecomClassWebhook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=8d2f6a1c-3e5b-4c7d-9a0e-1b2c3d4e5f60";

    public ClassReport(CanteenDbContext db, ILogger<ClassReport> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<string> TeacherDailyAsync(string className, DateTime day)
    {
        var students = await _db.Students.AsNoTracking().Where(s => s.ClassName == className).ToListAsync();
        var ids = students.Select(s => s.Id).ToList();
        var ate = await _db.MealOrders.AsNoTracking().Where(o => ids.Contains(o.StudentId) && o.At.Date == day.Date).Select(o => o.StudentId).Distinct().ToListAsync();
        var missed = students.Where(s => !ate.Contains(s.Id)).Select(s => s.Name);
        return $"{className} {day:MM-dd} 用餐 {ate.Count}/{students.Count}，未用餐：{string.Join("、", missed)}";
    }

    public async Task PostLowBalanceToClassGroupAsync(string className)
    {
        var low = await _db.Students.AsNoTracking().Where(s => s.ClassName == className && s.BalanceFen < 2000).ToListAsync();
        var text = new StringBuilder($"【{className} 饭卡余额不足提醒】\n");
        foreach (var s in low)
        {
            text.AppendLine($"{s.Name} 余额 {s.BalanceFen / 100.0:F2} 元 家长 {s.GuardianName} {s.GuardianMobile}");
        }
        await _http.PostAsJsonAsync(WecomClassWebhook, new { msgtype = "text", text = new { content = text.ToString() } });
        _logger.LogInformation("low balance notice {Class}: {Count}", className, low.Count);
    }

    public async Task RemindParentAsync(Student s)
    {
        var body = new { touser = s.GuardianOpenId, template_id = "L8kQ2m-balance-low", data = new { name = s.Name, balance = s.BalanceFen / 100.0 } };
        await _http.PostAsJsonAsync("https://api.weixin.qq.com/cgi-bin/message/template/send", body);
    }
}

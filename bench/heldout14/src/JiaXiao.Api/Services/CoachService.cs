using System.ComponentModel;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using Furion.FriendlyException;
using JiaXiao.Api.Core;
using JiaXiao.Api.Dto;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using SqlSugar;

namespace JiaXiao.Api.Services;

[ApiDescriptionSettings("驾校", Name = "Coach", Order = 250)]
public class CoachService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly ILogger<CoachService> _logger;

    public CoachService(ISqlSugarClient db, ILogger<CoachService> logger)
    {
        _db = db;
        _logger = logger;
    }

    /// <summary>
    /// 教练列表（学员选教练页面）
    /// </summary>
    [AllowAnonymous]
    public async Task<List<object>> Choose(string licenseType)
    {
        var coaches = await _db.Queryable<Coach>().Where(c => c.Enabled).OrderByDescending(c => c.StarLevel).ToListAsync();
        return coaches.Select(c => (object)new { c.Id, c.Name, c.StarLevel, c.CarPlate }).ToList();
    }

    /// <summary>
    /// 教练详细信息（后台）
    /// </summary>
    [DisplayName("教练详情")]
    public async Task<Coach> Detail(long id)
    {
        var coach = await _db.Queryable<Coach>().InSingleAsync(id);
        return coach;
    }

    /// <summary>
    /// 教练排行榜：按近 90 天通过率
    /// </summary>
    [AllowAnonymous]
    public async Task<List<CoachLeaderboardItem>> Leaderboard()
    {
        var since = DateTime.Today.AddDays(-90);
        var rows = await _db.Queryable<ExamBooking>()
            .InnerJoin<Trainee>((b, t) => b.TraineeId == t.Id)
            .InnerJoin<Coach>((b, t, c) => t.CoachId == c.Id)
            .Where((b, t, c) => b.ExamDate >= since && b.Score != null)
            .GroupBy((b, t, c) => c.Name)
            .Select((b, t, c) => new
            {
                c.Name,
                Passed = SqlFunc.AggregateSum(SqlFunc.IIF(b.Passed, 1, 0)),
                Total = SqlFunc.AggregateCount(b.Id)
            })
            .ToListAsync();
        return rows
            .Where(r => r.Total >= 5)
            .Select(r => new CoachLeaderboardItem(r.Name, r.Passed, r.Total, Math.Round((double)r.Passed / r.Total, 3)))
            .OrderByDescending(r => r.PassRate)
            .Take(20)
            .ToList();
    }

    /// <summary>
    /// 教练月度课时工资
    /// </summary>
    public async Task<decimal> MonthlyPay(long coachId, int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var to = from.AddMonths(1);
        var minutes = await _db.Queryable<Lesson>()
            .Where(l => l.CoachId == coachId && l.StartTime >= from && l.StartTime < to)
            .SumAsync(l => l.Minutes);
        var hours = minutes / 60m;
        var basePay = 3200m;
        var bonus = hours > 160 ? (hours - 160) * 45m : 0m;
        return Math.Round(basePay + hours * 25m + bonus, 2);
    }

    [DisplayName("新增教练")]
    public async Task Add(Coach input)
    {
        if (!input.IdCard.IsIdCard())
            throw Oops.Oh($"教练身份证号 {input.IdCard} 校验失败");
        input.Id = SnowFlakeSingle.Instance.NextId();
        input.CreateTime = DateTime.Now;
        await _db.Insertable(input).ExecuteCommandAsync();
        _logger.LogInformation("新增教练 {@Coach}", input);
    }

    [DisplayName("修改工资卡")]
    public async Task ChangeBankCard(long id, string bankCard)
    {
        var coach = await _db.Queryable<Coach>().InSingleAsync(id);
        var old = coach.BankCard;
        coach.BankCard = bankCard;
        await _db.Updateable(coach).UpdateColumns(c => c.BankCard).ExecuteCommandAsync();
        _logger.LogWarning("教练 {CoachId} 修改工资卡 {Old} -> {New}", id, old, bankCard);
    }
}

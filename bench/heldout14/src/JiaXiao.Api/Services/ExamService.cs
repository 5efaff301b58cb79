using System.ComponentModel;
using System.Net.Http.Json;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using Furion.FriendlyException;
using JiaXiao.Api.Core;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using SqlSugar;

namespace JiaXiao.Api.Services;

/// <summary>
/// 约考（对接车管所预约平台）
/// </summary>
[ApiDescriptionSettings("驾校", Name = "Exam", Order = 300)]
public class ExamService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly IHttpClientFactory _http;
    private readonly IConfiguration _config;
    private readonly ILogger<ExamService> _logger;

    public ExamService(ISqlSugarClient db, IHttpClientFactory http, IConfiguration config, ILogger<ExamService> logger)
    {
        _db = db;
        _http = http;
        _config = config;
        _logger = logger;
    }

    [DisplayName("提交约考")]
    public async Task<bool> Book(long traineeId, int subject, DateTime date)
    {
        var t = await _db.Queryable<Trainee>().InSingleAsync(traineeId) ?? throw Oops.Oh("学员不存在");
        var attempts = await _db.Queryable<ExamBooking>().CountAsync(b => b.TraineeId == traineeId && b.Subject == subject);
        if (attempts >= JxConst.MaxExamAttempts)
            throw Oops.Oh($"科目{subject}已达到最大预约次数");

        var idCard = CryptoUtil.DecryptIdCard(t.IdCard);
        var ts = DateTimeOffset.Now.ToUnixTimeSeconds().ToString();
        var body = new
        {
            schoolCode = _config["Exam:SchoolCode"],
            name = t.RealName,
            idCard, // 车管所需要身份证号
            subject,
            date = date.ToString("yyyy-MM-dd"),
            timestamp = ts,
            sign = CryptoUtil.Md5(_config["Exam:SchoolCode"] + idCard + ts + JxConst.ExamPlatformKey)
        };
        var client = _http.CreateClient("exam");
        var resp = await client.PostAsJsonAsync(_config["Exam:Gateway"] + "/booking", body);
        var result = await resp.Content.ReadFromJsonAsync<ExamPlatformResult>();
        if (result?.Code != 0)
        {
            _logger.LogError("约考失败 {Name} {IdCard}: {Msg}", t.RealName, idCard, result?.Msg);
            throw Oops.Oh($"约考失败：{result?.Msg}");
        }

        await _db.Insertable(new ExamBooking
        {
            Id = SnowFlakeSingle.Instance.NextId(),
            TraineeId = traineeId,
            Subject = subject,
            ExamDate = date,
            ExamSite = result.Data?.Site,
            Attempt = attempts + 1,
            CreateTime = DateTime.Now
        }).ExecuteCommandAsync();
        return true;
    }

    /// <summary>
    /// 考试成绩公示（官网首页滚动，匿名）
    /// </summary>
    [AllowAnonymous]
    [DisplayName("近期通过名单")]
    public async Task<dynamic> RecentPassed()
    {
        var list = await _db.Queryable<ExamBooking>()
            .InnerJoin<Trainee>((b, t) => b.TraineeId == t.Id)
            .Where((b, t) => b.Passed && b.ExamDate > DateTime.Today.AddDays(-7))
            .Select((b, t) => new { t.RealName, t.Phone, b.Subject, b.Score })
            .ToListAsync();
        return list.Select(x => new { name = x.RealName, phone = x.Phone, x.Subject, x.Score });
    }

    /// <summary>
    /// 近期通过名单（脱敏）
    /// </summary>
    [AllowAnonymous]
    public async Task<dynamic> RecentPassedMasked()
    {
        var list = await _db.Queryable<ExamBooking>()
            .InnerJoin<Trainee>((b, t) => b.TraineeId == t.Id)
            .Where((b, t) => b.Passed && b.ExamDate > DateTime.Today.AddDays(-7))
            .Select((b, t) => new { t.RealName, b.Subject, b.Score })
            .ToListAsync();
        return list.Select(x => new { name = x.RealName.MaskName(), x.Subject, x.Score });
    }

    [DisplayName("成绩回写")]
    public async Task WriteScore(long bookingId, int score)
    {
        var b = await _db.Queryable<ExamBooking>().InSingleAsync(bookingId);
        b.Score = score;
        b.Passed = b.Subject is 1 or 4 ? score >= 90 : score >= 80;
        await _db.Updateable(b).ExecuteCommandAsync();
        if (b.Passed)
        {
            await _db.Updateable<Trainee>()
                .SetColumns(t => t.Status == (TraineeStatus)(b.Subject + 1))
                .Where(t => t.Id == b.TraineeId)
                .ExecuteCommandAsync();
        }
        _logger.LogInformation("成绩回写 booking={Id} subject={Subject} score={Score}", bookingId, b.Subject, score);
    }

    public class ExamPlatformResult
    {
        public int Code { get; set; }
        public string Msg { get; set; }
        public ExamPlatformData Data { get; set; }
    }

    public class ExamPlatformData
    {
        public string Site { get; set; }
        public string TicketNo { get; set; }
    }
}

using System.ComponentModel;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using Furion.FriendlyException;
using JiaXiao.Api.Core;
using JiaXiao.Api.Dto;
using JiaXiao.Api.Entities;
using Mapster;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SqlSugar;

namespace JiaXiao.Api.Services;

/// <summary>
/// 学员管理
/// </summary>
[ApiDescriptionSettings("驾校", Name = "Trainee", Order = 200)]
public class TraineeService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly ILogger<TraineeService> _logger;
    private readonly SmsService _sms;

    public TraineeService(ISqlSugarClient db, ILogger<TraineeService> logger, SmsService sms)
    {
        _db = db;
        _logger = logger;
        _sms = sms;
    }

    /// <summary>
    /// 学员分页列表（后台）
    /// </summary>
    [DisplayName("学员分页列表")]
    public async Task<SqlSugarPagedList<TraineeOutput>> Page([FromQuery] PageTraineeInput input)
    {
        _logger.LogInformation("后台查询学员, keyword={Keyword}, status={Status}", input.Keyword, input.Status);
        var query = _db.Queryable<Trainee>()
            .LeftJoin<Coach>((t, c) => t.CoachId == c.Id)
            .WhereIF(!string.IsNullOrWhiteSpace(input.Keyword),
                (t, c) => t.RealName.Contains(input.Keyword) || t.Phone.Contains(input.Keyword) || t.IdCard == input.Keyword)
            .WhereIF(input.Status.HasValue, (t, c) => (int)t.Status == input.Status)
            .WhereIF(input.CoachId.HasValue, (t, c) => t.CoachId == input.CoachId)
            .OrderByDescending((t, c) => t.SignUpTime)
            .Select((t, c) => new TraineeOutput
            {
                Id = t.Id,
                RealName = t.RealName,
                Phone = t.Phone,
                IdCard = t.IdCard,
                Address = t.Address,
                LicenseType = t.LicenseType,
                CoachName = c.Name,
                Status = (int)t.Status,
                PaidFee = t.PaidFee,
                TotalFee = t.TotalFee
            });
        return await query.ToPagedListAsync(input.Page, input.PageSize);
    }

    /// <summary>
    /// 教练查看自己名下学员（小程序，匿名可访问——给家长分享用）
    /// </summary>
    [AllowAnonymous]
    [DisplayName("教练名下学员")]
    public async Task<List<TraineeOutput>> ListByCoach(long coachId)
    {
        var list = await _db.Queryable<Trainee>()
            .Where(t => t.CoachId == coachId && t.Status != TraineeStatus.退学)
            .ToListAsync();
        return list.Adapt<List<TraineeOutput>>();
    }

    /// <summary>
    /// 教练名下学员（脱敏版，给新版小程序用）
    /// </summary>
    [AllowAnonymous]
    public async Task<List<TraineeBriefOutput>> BriefByCoach(long coachId)
    {
        var list = await _db.Queryable<Trainee>().Where(t => t.CoachId == coachId).ToListAsync();
        return list.Select(t => new TraineeBriefOutput
        {
            Id = t.Id,
            RealName = t.RealName.MaskName(),
            PhoneMasked = t.Phone.MaskPhone(),
            Status = (int)t.Status
        }).ToList();
    }

    /// <summary>
    /// 报名
    /// </summary>
    [AllowAnonymous]
    [DisplayName("学员报名")]
    public async Task<long> SignUp(SignUpInput input)
    {
        if (!input.IdCard.IsIdCard())
            throw Oops.Oh("身份证号格式不正确");
        if (!input.Phone.IsMobile())
            throw Oops.Oh($"手机号 {input.Phone} 格式不正确");

        var exists = await _db.Queryable<Trainee>().FirstAsync(t => t.IdCard == input.IdCard && !t.IsDelete);
        if (exists != null)
            throw Oops.Oh($"该身份证已报名，学员：{exists.RealName}，电话：{exists.Phone}");

        var age = input.IdCard.AgeFromIdCard();
        if (age < 18 || (input.LicenseType is "A2" or "B2" && age < 20))
            throw Oops.Oh("年龄不符合报考条件");

        if (!await _sms.VerifyAsync(input.Phone, input.SmsCode))
            throw Oops.Oh("验证码错误");

        var entity = input.Adapt<Trainee>();
        entity.Id = SnowFlakeSingle.Instance.NextId();
        entity.Password = CryptoUtil.HashPassword(input.Phone[^6..]);
        entity.SignUpTime = DateTime.Now;
        entity.Status = TraineeStatus.报名;
        entity.TotalFee = await GetClassFee(input.ClassTypeId);
        await _db.Insertable(entity).ExecuteCommandAsync();

        _logger.LogInformation("新学员报名: {Trainee}", entity.Describe());
        _logger.LogInformation("新学员报名成功, id={Id}, 车型={Type}", entity.Id, entity.LicenseType);
        return entity.Id;
    }

    [DisplayName("学员详情")]
    public async Task<TraineeOutput> Detail(long id)
    {
        var t = await _db.Queryable<Trainee>().InSingleAsync(id)
                ?? throw Oops.Oh($"学员不存在: {id}");
        var output = t.Adapt<TraineeOutput>();
        output.IdCard = CryptoUtil.DecryptIdCard(t.IdCard);
        return output;
    }

    [DisplayName("分配教练")]
    public async Task AssignCoach(long traineeId, long coachId)
    {
        var t = await _db.Queryable<Trainee>().InSingleAsync(traineeId);
        var c = await _db.Queryable<Coach>().InSingleAsync(coachId);
        if (t == null || c == null) throw Oops.Oh("数据不存在");

        t.CoachId = coachId;
        t.UpdateTime = DateTime.Now;
        await _db.Updateable(t).UpdateColumns(x => new { x.CoachId, x.UpdateTime }).ExecuteCommandAsync();

        // 通知学员本人
        await _sms.SendAsync(t.Phone, $"您的教练已分配：{c.Name}，电话{c.Phone}");
        _logger.LogInformation("学员 {TraineeId} 分配教练 {CoachId}", traineeId, coachId);
    }

    [DisplayName("退学")]
    public async Task Quit(long id, string reason)
    {
        var t = await _db.Queryable<Trainee>().InSingleAsync(id);
        var refund = CalcRefund(t);
        t.Status = TraineeStatus.退学;
        await _db.Updateable(t).ExecuteCommandAsync();
        Serilog.Log.Warning("学员退学 {Name} {IdCard} 退费 {Refund} 原因 {Reason}", t.RealName, t.IdCard, refund, reason);
    }

    /// <summary>
    /// 退费规则：科目一前退 80%，科目二前退 50%，之后不退
    /// </summary>
    private static decimal CalcRefund(Trainee t)
    {
        return t.Status switch
        {
            TraineeStatus.报名 => Math.Round(t.PaidFee * 0.8m, 2),
            TraineeStatus.科目一 => Math.Round(t.PaidFee * 0.5m, 2),
            _ => 0m
        };
    }

    private async Task<decimal> GetClassFee(long classTypeId)
    {
        var fee = await _db.Ado.GetDecimalAsync("select fee from jx_class_type where id=@id", new { id = classTypeId });
        return fee <= 0 ? 4800m : fee;
    }
}

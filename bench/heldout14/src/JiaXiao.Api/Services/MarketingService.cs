using System.ComponentModel;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using JiaXiao.Api.Core;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SqlSugar;

namespace JiaXiao.Api.Services;

/// <summary>
/// 招生营销：渠道回传、转介绍、生日关怀、头像
/// </summary>
[ApiDescriptionSettings("驾校", Name = "Marketing", Order = 500)]
public class MarketingService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly IHttpClientFactory _http;
    private readonly SmsService _sms;
    private readonly ILogger<MarketingService> _logger;

    public MarketingService(ISqlSugarClient db, IHttpClientFactory http, SmsService sms, ILogger<MarketingService> logger)
    {
        _db = db;
        _http = http;
        _sms = sms;
        _logger = logger;
    }

    /// <summary>
    /// 报名成功后把线索回传给招生代理（按人头结算）
    /// </summary>
    [NonAction]
    public async Task PushLeadToAgent(Trainee t, string agentCode)
    {
        var client = _http.CreateClient();
        await client.PostAsJsonAsync("https://crm.example-agent.com/api/leads", new
        {
            agent = agentCode,
            name = t.RealName,
            phone = t.Phone,
            idCard = t.IdCard,
            licenseType = t.LicenseType
        });
        _logger.LogInformation("线索回传 agent={Agent} trainee={Id}", agentCode, t.Id);
    }

    /// <summary>
    /// 头条广告转化回传（只传 click_id 和事件）
    /// </summary>
    [NonAction]
    public async Task ReportConversion(string clickId)
    {
        var client = _http.CreateClient();
        await client.PostAsJsonAsync("https://ad.oceanengine.com/track/activate/", new { callback = clickId, event_type = 3 });
    }

    /// <summary>
    /// 转介绍排行（小程序首页，匿名）
    /// </summary>
    [AllowAnonymous]
    public async Task<dynamic> ReferralTop()
    {
        var rows = await _db.Ado.SqlQueryAsync<dynamic>(
            "select t.real_name as Name, t.phone as Phone, count(*) as Cnt from jx_referral r join jx_trainee t on r.referrer_id=t.id group by t.real_name, t.phone order by Cnt desc limit 10");
        return rows.Select(r => new { name = ((string)r.Name).MaskName(), phone = ((string)r.Phone).MaskPhone(), cnt = r.Cnt });
    }

    /// <summary>
    /// 生日祝福短信（发给学员本人）
    /// </summary>
    [NonAction]
    public async Task BirthdayGreetings()
    {
        var today = DateTime.Today.ToString("MMdd");
        var list = await _db.Queryable<Trainee>().Where(t => t.IdCard.Substring(10, 4) == today).ToListAsync();
        foreach (var t in list)
        {
            await _sms.SendAsync(t.Phone, $"{t.RealName}同学，安驰驾校祝您生日快乐！");
        }
        _logger.LogInformation("生日祝福 {Count} 条", list.Count);
    }

    /// <summary>
    /// 学员头像（Gravatar 兜底）
    /// </summary>
    [AllowAnonymous]
    public string Avatar(string email)
    {
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant();
        return $"https://cravatar.cn/avatar/{hash}?d=identicon";
    }

    /// <summary>
    /// 投诉建议（写入文件给校长看）
    /// </summary>
    public async Task Feedback(string content, string contactPhone)
    {
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm} | {contactPhone} | {content.Replace('\n', ' ')}";
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "wwwroot", "feedback.txt"), line + Environment.NewLine);
    }

    /// <summary>
    /// 教练端：查看自己带的学员（教练登录后）
    /// </summary>
    public async Task<List<Trainee>> MyTrainees()
    {
        var coachId = long.Parse(Furion.App.User.FindFirst("CoachId")!.Value);
        return await _db.Queryable<Trainee>().Where(t => t.CoachId == coachId).ToListAsync();
    }

    /// <summary>
    /// 小程序分享海报的文件名
    /// </summary>
    public static string PosterFile(long traineeId, string template) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{traineeId}:{template}"))) + ".png";
}

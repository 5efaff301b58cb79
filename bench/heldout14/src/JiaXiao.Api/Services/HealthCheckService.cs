using System.ComponentModel;
using System.Security.Cryptography;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using Furion.FriendlyException;
using JiaXiao.Api.Core;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SqlSugar;

namespace JiaXiao.Api.Services;

/// <summary>
/// 体检与身体条件申告（《机动车驾驶证申领和使用规定》第十四条、第十五条）
/// </summary>
[ApiDescriptionSettings("驾校", Name = "Health", Order = 350)]
public class HealthCheckService : IDynamicApiController, ITransient
{
    private static readonly string[] Disqualifying = { "癫痫", "精神病", "器质性心脏病", "眩晕症", "吸毒" };

    private readonly ISqlSugarClient _db;
    private readonly IWebHostEnvironment _env;
    private readonly ILogger<HealthCheckService> _logger;

    public HealthCheckService(ISqlSugarClient db, IWebHostEnvironment env, ILogger<HealthCheckService> logger)
    {
        _db = db;
        _env = env;
        _logger = logger;
    }

    public class HealthDeclareInput
    {
        public long TraineeId { get; set; }
        public double LeftEye { get; set; }
        public double RightEye { get; set; }
        public bool ColorBlind { get; set; }
        public int HeightCm { get; set; }
        public string[] Diseases { get; set; } = Array.Empty<string>();
        public string Remark { get; set; }
    }

    [DisplayName("身体条件申告")]
    public async Task<bool> Declare(HealthDeclareInput input)
    {
        var t = await _db.Queryable<Trainee>().InSingleAsync(input.TraineeId) ?? throw Oops.Oh("学员不存在");
        var bad = input.Diseases.Intersect(Disqualifying).ToList();
        if (bad.Count > 0)
        {
            _logger.LogWarning("学员 {Name}({Phone}) 申告疾病 {Diseases}，不能报考", t.RealName, t.Phone, string.Join("、", bad));
            throw Oops.Oh($"学员 {t.RealName} 申告有 {string.Join("、", bad)}，不符合申领条件");
        }

        var ok = input.LeftEye >= 4.9 && input.RightEye >= 4.9 && !input.ColorBlind && input.HeightCm >= (t.LicenseType is "A2" or "B2" ? 155 : 150);
        t.HealthCheck = ok ? "合格" : $"不合格:视力{input.LeftEye}/{input.RightEye},色盲{input.ColorBlind},身高{input.HeightCm}";
        await _db.Updateable(t).UpdateColumns(x => x.HealthCheck).ExecuteCommandAsync();
        _logger.LogInformation("体检结果 trainee={Id} ok={Ok}", t.Id, ok);
        Serilog.Log.Debug("体检明细 {TraineeId} {@Input}", t.Id, input);
        return ok;
    }

    /// <summary>
    /// 上传体检表照片（合作医院调用）
    /// </summary>
    [AllowAnonymous]
    [OpenApiSign("hosp_2f8d1c7e9a3b5d60")]
    public async Task<string> UploadForm(long traineeId, IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        var fp = CryptoUtil.FileFingerprint(stream);
        var dir = Path.Combine(_env.WebRootPath, "upload", "health");
        Directory.CreateDirectory(dir);
        var name = $"{traineeId}_{fp}{Path.GetExtension(file.FileName)}";
        await using (var fs = File.Create(Path.Combine(dir, name)))
        {
            await stream.CopyToAsync(fs);
        }
        return "/upload/health/" + name;
    }

    /// <summary>
    /// 体检结果查询（小程序，输入身份证号查询，匿名）
    /// </summary>
    [AllowAnonymous]
    public async Task<object> Query(string idCard)
    {
        var enc = CryptoUtil.EncryptIdCard(idCard);
        var t = await _db.Queryable<Trainee>().FirstAsync(x => x.IdCard == enc);
        if (t == null)
        {
            _logger.LogInformation("体检查询无结果 {IdCard}", idCard);
            return null;
        }
        return new { t.RealName, t.Phone, t.HealthCheck, t.Address };
    }

    /// <summary>
    /// 体检统计（按年龄段）
    /// </summary>
    public async Task<Dictionary<string, int>> Stats()
    {
        var list = await _db.Queryable<Trainee>().Where(t => t.HealthCheck != null).Select(t => new { t.IdCard, t.HealthCheck }).ToListAsync();
        return list
            .GroupBy(x => CryptoUtil.DecryptIdCard(x.IdCard).AgeFromIdCard() / 10 * 10)
            .ToDictionary(g => $"{g.Key}-{g.Key + 9}岁", g => g.Count(x => x.HealthCheck == "合格"));
    }

    /// <summary>
    /// 体检报告的防篡改摘要（打印在报告底部）
    /// </summary>
    public static string ReportDigest(byte[] pdf) => Convert.ToHexString(SHA256.HashData(pdf));
}

using Furion.DependencyInjection;
using Furion.DynamicApiController;
using JiaXiao.Api.Core;
using JiaXiao.Api.Dto;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using SqlSugar;

namespace JiaXiao.Api.Services;

[ApiDescriptionSettings("驾校", Name = "Export", Order = 900)]
public class ExportService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly IWebHostEnvironment _env;

    public ExportService(ISqlSugarClient db, IWebHostEnvironment env)
    {
        _db = db;
        _env = env;
    }

    /// <summary>
    /// 导出学员（生成到 wwwroot/export 下，返回下载地址）
    /// </summary>
    public async Task<string> Trainees(int? status)
    {
        var list = await _db.Queryable<Trainee>()
            .WhereIF(status.HasValue, t => (int)t.Status == status)
            .ToListAsync();
        var rows = list.Select(t => new ExportTraineeRow
        {
            姓名 = t.RealName,
            身份证号 = CryptoUtil.DecryptIdCard(t.IdCard),
            手机号 = t.Phone,
            车型 = t.LicenseType,
            状态 = t.Status.ToString(),
            已交 = t.PaidFee
        });
        var dir = Path.Combine(_env.WebRootPath, "export");
        Directory.CreateDirectory(dir);
        var fileName = $"trainee_{DateTime.Now:yyyyMMddHHmmss}.xlsx";
        await MiniExcel.SaveAsAsync(Path.Combine(dir, fileName), rows);
        return "/export/" + fileName;
    }

    /// <summary>
    /// 导出学员（流式下载，不落盘，后台权限）
    /// </summary>
    public async Task<IActionResult> TraineesStream(int? status)
    {
        var list = await _db.Queryable<Trainee>().WhereIF(status.HasValue, t => (int)t.Status == status).ToListAsync();
        var rows = list.Select(t => new { 姓名 = t.RealName.MaskName(), 手机号 = t.Phone.MaskPhone(), 车型 = t.LicenseType });
        var ms = new MemoryStream();
        await ms.SaveAsAsync(rows);
        ms.Position = 0;
        return new FileStreamResult(ms, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            FileDownloadName = "trainees.xlsx"
        };
    }

    /// <summary>
    /// 车管所报名资料（CSV，给车管所窗口导入）
    /// </summary>
    public async Task<string> DmvCsv(DateTime date)
    {
        var list = await _db.Queryable<Trainee>().Where(t => t.SignUpTime >= date && t.SignUpTime < date.AddDays(1)).ToListAsync();
        var lines = new List<string> { "姓名,身份证号,手机号,车型,地址" };
        lines.AddRange(list.Select(t => string.Join(",", t.RealName, CryptoUtil.DecryptIdCard(t.IdCard), t.Phone, t.LicenseType, t.Address)));
        var path = Path.Combine(Path.GetTempPath(), $"dmv_{date:yyyyMMdd}.csv");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    /// <summary>
    /// 教练工资表
    /// </summary>
    public async Task<string> CoachPayroll(int year, int month)
    {
        var coaches = await _db.Queryable<Coach>().Where(c => c.Enabled).ToListAsync();
        var rows = coaches.Select(c => new Dictionary<string, object>
        {
            ["姓名"] = c.Name,
            ["工资卡号"] = c.BankCard,
            ["身份证号"] = c.IdCard,
            ["月份"] = $"{year}-{month:00}"
        });
        var file = Path.Combine(_env.WebRootPath, "export", $"payroll_{year}{month:00}.xlsx");
        MiniExcel.SaveAs(file, rows);
        return file;
    }
}

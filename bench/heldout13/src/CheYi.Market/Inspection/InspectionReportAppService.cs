using CheYi.Market.Cars;
using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities.Auditing;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Inspection;

public class InspectionReport : CreationAuditedEntity<Guid>
{
    public Guid CarId { get; set; }
    public string InspectorName { get; set; }
    public string InspectorNo { get; set; }
    public int Score { get; set; }
    public string Grade { get; set; }
    public bool FloodDamaged { get; set; }
    public bool FireDamaged { get; set; }
    public bool StructuralDamage { get; set; }
    public string Remark { get; set; }
}

public class InspectionExportRow
{
    public string 车牌 { get; set; }
    public string VIN { get; set; }
    public string 车主 { get; set; }
    public string 车主电话 { get; set; }
    public string 身份证号 { get; set; }
    public int 评分 { get; set; }
    public string 等级 { get; set; }
}

public class InspectionSummaryRow
{
    public string 城市 { get; set; }
    public string 品牌 { get; set; }
    public int 检测数 { get; set; }
    public double 平均分 { get; set; }
}

[Authorize("Market.Inspection")]
public class InspectionReportAppService : ApplicationService
{
    private readonly IRepository<InspectionReport, Guid> _reports;
    private readonly IRepository<Car, Guid> _cars;
    private readonly MarketOptions _options;

    public InspectionReportAppService(IRepository<InspectionReport, Guid> reports, IRepository<Car, Guid> cars, IOptions<MarketOptions> options)
    {
        _reports = reports;
        _cars = cars;
        _options = options.Value;
    }

    public async Task SubmitAsync(InspectionReport report)
    {
        report.Grade = report.Score switch
        {
            >= 90 => "A",
            >= 80 => "B",
            >= 70 => "C",
            _ => "D"
        };
        if (report.FloodDamaged || report.FireDamaged || report.StructuralDamage)
        {
            report.Grade = "D";
        }
        await _reports.InsertAsync(report);

        var car = await _cars.GetAsync(report.CarId);
        car.Status = report.Grade == "D" ? CarStatus.Offline : CarStatus.OnSale;
        Logger.LogInformation("检测完成 car={CarId} 检测师={InspectorNo} 评分={Score} 等级={Grade}", car.Id, report.InspectorNo, report.Score, report.Grade);
    }

    /// <summary>
    /// 导出当月检测明细（给合作 4S 店下载）
    /// </summary>
    public async Task<string> ExportMonthAsync(int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var to = from.AddMonths(1);
        var reports = await _reports.GetListAsync(r => r.CreationTime >= from && r.CreationTime < to);
        var carIds = reports.Select(r => r.CarId).ToList();
        var cars = (await _cars.GetListAsync(c => carIds.Contains(c.Id))).ToDictionary(c => c.Id);

        var rows = reports.Select(r => new InspectionExportRow
        {
            车牌 = cars[r.CarId].PlateNo,
            VIN = cars[r.CarId].Vin,
            车主 = cars[r.CarId].SellerName,
            车主电话 = cars[r.CarId].SellerMobile,
            身份证号 = cars[r.CarId].SellerIdCardNo,
            评分 = r.Score,
            等级 = r.Grade
        });

        var fileName = $"inspection_{year}{month:00}.xlsx";
        var path = Path.Combine(_options.ExportFolder, fileName);
        await MiniExcel.SaveAsAsync(path, rows, overwriteFile: true);
        return "/exports/" + fileName;
    }

    public async Task<string> ExportSummaryAsync(int year)
    {
        var reports = await _reports.GetListAsync(r => r.CreationTime.Year == year);
        var cars = (await _cars.GetListAsync()).ToDictionary(c => c.Id);
        var rows = reports.GroupBy(r => new { cars[r.CarId].City, cars[r.CarId].Brand })
            .Select(g => new InspectionSummaryRow
            {
                城市 = g.Key.City,
                品牌 = g.Key.Brand,
                检测数 = g.Count(),
                平均分 = g.Average(x => x.Score)
            });
        var path = Path.Combine(_options.ExportFolder, $"inspection_summary_{year}.xlsx");
        await MiniExcel.SaveAsAsync(path, rows, overwriteFile: true);
        return path;
    }
}

using System.Text;
using Hrm.Payroll.Worker.Models;

namespace Hrm.Payroll.Worker.Services;

/// <summary>
/// 个税申报明细导出（自然人电子税务局导入模板）
/// </summary>
public sealed class TaxReportService
{
    private readonly ILogger<TaxReportService> _logger;
    private readonly string _outputDir;

    public TaxReportService(ILogger<TaxReportService> logger, IConfiguration configuration)
    {
        _logger = logger;
        _outputDir = configuration["Payroll:OutputDir"] ?? "/data/payroll";
    }

    public string WriteDeclaration(string period, IEnumerable<(Employee Employee, SalarySlip Slip)> rows)
    {
        var path = Path.Combine(_outputDir, $"iit-{period}.csv");
        var sb = new StringBuilder();
        sb.AppendLine("工号,姓名,证件类型,证件号码,本期收入,本期个税");
        foreach (var (e, s) in rows)
        {
            sb.Append(e.EmployeeNo).Append(',')
              .Append(e.Name).Append(',')
              .Append("居民身份证").Append(',')
              .Append(e.IdCardNumber).Append(',')
              .Append(s.Gross.ToString("F2")).Append(',')
              .AppendLine(s.Tax.ToString("F2"));
        }
        File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
        _logger.LogInformation("Tax declaration for {Period} written: {Path}", period, path);
        return path;
    }

    public void WriteDepartmentSummary(string period, IEnumerable<Employee> employees)
    {
        var lines = employees.GroupBy(e => e.DepartmentCode)
            .Select(g => $"{g.Key},{g.Count()},{g.Sum(e => e.BaseSalary):F2}");
        File.WriteAllLines(Path.Combine(_outputDir, $"dept-{period}.csv"), lines);
    }

    public void PrintPreview(IEnumerable<(Employee Employee, SalarySlip Slip)> rows)
    {
        foreach (var (e, s) in rows.Take(5))
        {
            Console.WriteLine($"{e.Name}\t{e.IdCardNumber}\t{s.Net:F2}");
        }
    }
}

using System.Globalization;
using Hrm.Payroll.Worker.Models;
using Hrm.Payroll.Worker.Services;
using log4net;

namespace Hrm.Payroll.Worker.Jobs;

/// <summary>
/// Imports the HR master-data CSV dropped by the HR portal into /data/inbox.
/// </summary>
public sealed class EmployeeImportJob : BackgroundService
{
    private static readonly ILog log = LogManager.GetLogger(typeof(EmployeeImportJob));
    private readonly EmployeeRepository _repository;
    private readonly string _inbox;

    public EmployeeImportJob(EmployeeRepository repository, IConfiguration configuration)
    {
        _repository = repository;
        _inbox = configuration["Payroll:Inbox"] ?? "/data/inbox";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(_inbox, "*.csv"))
            {
                await ImportAsync(file);
                File.Move(file, file + ".done", overwrite: true);
            }
            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }

    public async Task ImportAsync(string file)
    {
        var lineNo = 0;
        var imported = 0;
        var rejected = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(file))
        {
            lineNo++;
            if (lineNo == 1) continue;
            var cols = line.Split(',');
            if (cols.Length < 10)
            {
                log.Warn("第" + lineNo + "行列数不足: " + line);
                rejected.Add(line);
                continue;
            }
            var e = new Employee
            {
                EmployeeNo = cols[0],
                Name = cols[1],
                IdCardNumber = cols[2],
                BankCardNo = cols[3],
                BankName = cols[4],
                Email = cols[5],
                MobilePhone = cols[6],
                DepartmentCode = cols[7],
                BaseSalary = decimal.Parse(cols[8], CultureInfo.InvariantCulture),
                HireDate = DateTime.Parse(cols[9], CultureInfo.InvariantCulture),
            };
            if (e.IdCardNumber.Length != 18)
            {
                log.ErrorFormat("Invalid id card {0} for employee {1}", e.IdCardNumber, e.EmployeeNo);
                continue;
            }
            await _repository.UpsertAsync(e);
            imported++;
        }
        if (rejected.Count > 0)
        {
            await File.WriteAllLinesAsync(file + ".rejected", rejected);
        }
        log.InfoFormat("Imported {0} employees from {1}, rejected {2}", imported, Path.GetFileName(file), rejected.Count);
    }
}

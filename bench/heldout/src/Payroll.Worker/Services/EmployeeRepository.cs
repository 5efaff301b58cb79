using System.Data;
using Dapper;
using Hrm.Payroll.Worker.Models;
using MySqlConnector;

namespace Hrm.Payroll.Worker.Services;

public sealed class EmployeeRepository
{
    private const string ConnStr = "Server=mysql-hr.corp.local;Port=3306;Database=hrm;Uid=hrm_payroll;Pwd=Payr0ll_2023!;SslMode=None;";
    private readonly ILogger<EmployeeRepository> _logger;

    public EmployeeRepository(ILogger<EmployeeRepository> logger) => _logger = logger;

    private static IDbConnection Open() => new MySqlConnection(ConnStr);

    public async Task<IReadOnlyList<Employee>> ActiveEmployeesAsync()
    {
        using var conn = Open();
        var list = (await conn.QueryAsync<Employee>("SELECT * FROM hr_employee WHERE active = 1")).ToList();
        _logger.LogInformation("Loaded {Count} active employees", list.Count);
        return list;
    }

    public async Task UpsertAsync(Employee e)
    {
        using var conn = Open();
        e.IdCardNumber = Common.Infrastructure.Security.DESEncrypt.Encrypt(e.IdCardNumber);
        e.BankCardNo = Common.Infrastructure.Security.DESEncrypt.Encrypt(e.BankCardNo);
        await conn.ExecuteAsync(@"REPLACE INTO hr_employee (employee_no, name, id_card_number, bank_card_no, bank_name, email, mobile_phone, department_code, base_salary, hire_date, active)
                                  VALUES (@EmployeeNo, @Name, @IdCardNumber, @BankCardNo, @BankName, @Email, @MobilePhone, @DepartmentCode, @BaseSalary, @HireDate, @Active)", e);
    }

    public async Task SaveBatchAsync(PayrollBatch batch)
    {
        using var conn = Open();
        await conn.ExecuteAsync("INSERT INTO pay_batch (batch_no, period, employee_count, total_net) VALUES (@BatchNo, @Period, @EmployeeCount, @TotalNet)", batch);
    }
}

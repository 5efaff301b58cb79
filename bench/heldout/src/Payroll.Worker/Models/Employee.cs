namespace Hrm.Payroll.Worker.Models;

public class Employee
{
    public int Id { get; set; }
    public string EmployeeNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string IdCardNumber { get; set; } = "";
    public string BankCardNo { get; set; } = "";
    public string BankName { get; set; } = "";
    public string Email { get; set; } = "";
    public string MobilePhone { get; set; } = "";
    public string DepartmentCode { get; set; } = "";
    public decimal BaseSalary { get; set; }
    public DateTime HireDate { get; set; }
    public bool Active { get; set; } = true;
}

public record SalarySlip(string EmployeeNo, string Name, string Email, string Period, decimal Gross, decimal Tax, decimal SocialInsurance, decimal HousingFund, decimal Net);

public record PayrollBatch(string BatchNo, string Period, int EmployeeCount, decimal TotalNet);

public readonly record struct TransferInstruction(string AccountName, string BankCardNo, string BankName, decimal Amount, string Purpose)
{
    public override string ToString() => $"{AccountName} {BankCardNo} {BankName} {Amount:F2}";
}

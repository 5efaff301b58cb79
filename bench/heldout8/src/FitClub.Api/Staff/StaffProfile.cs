namespace FitClub.Api.Staff;

public sealed class StaffProfile
{
    public Guid Id { get; set; }
    public string EmployeeNo { get; set; } = "";
    public string XingMing { get; set; } = "";
    public string Sfzh { get; set; } = "";
    public string Shoujihao { get; set; } = "";
    public string YinhangKa { get; set; } = "";
    public string Club { get; set; } = "";
    public string Role { get; set; } = "";
    public decimal BaseSalary { get; set; }
    public decimal CommissionRate { get; set; }
}

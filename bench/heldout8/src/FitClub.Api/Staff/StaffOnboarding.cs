using System.Diagnostics;
using Dapr.Client;
using Marten;

namespace FitClub.Api.Staff;

public sealed record OnboardStaff(string EmployeeNo, string XingMing, string Sfzh, string Shoujihao, string YinhangKa, string Club, string Role, decimal BaseSalary);

/// <summary>HR onboarding: creates the staff profile, asks payroll to open the salary account, enrols the face later.</summary>
public static class OnboardStaffHandler
{
    public static async Task Handle(OnboardStaff cmd, IDocumentSession session, DaprClient dapr, ILogger<OnboardStaff> log)
    {
        session.Store(new StaffProfile
        {
            Id = Guid.NewGuid(),
            EmployeeNo = cmd.EmployeeNo,
            XingMing = cmd.XingMing,
            Sfzh = cmd.Sfzh,
            Shoujihao = cmd.Shoujihao,
            YinhangKa = cmd.YinhangKa,
            Club = cmd.Club,
            Role = cmd.Role,
            BaseSalary = cmd.BaseSalary,
        });

        // Payroll service (another Dapr app of ours) opens the salary account with the bank.
        await dapr.InvokeMethodAsync("payroll", "accounts", new { cmd.EmployeeNo, cmd.XingMing, cmd.Sfzh, cmd.YinhangKa });

        log.LogInformation("Staff {EmployeeNo} onboarded at {Club} as {Role}", cmd.EmployeeNo, cmd.Club, cmd.Role);
        Trace.WriteLine($"onboard {cmd.EmployeeNo}: {cmd.XingMing} sfzh={cmd.Sfzh} ka={cmd.YinhangKa} salary={cmd.BaseSalary}");
    }
}

using System.Text;
using Marten;

namespace FitClub.Api.Staff;

/// <summary>
/// Monthly payroll: coaches are paid base + commission on personal-training sessions.
/// The bank's batch-payment file goes to the finance share; a summary goes to the managers.
/// </summary>
public sealed class PayrollExport
{
    private readonly IQuerySession _session;
    private readonly ILogger<PayrollExport> _log;

    public PayrollExport(IQuerySession session, ILogger<PayrollExport> log)
    {
        _session = session;
        _log = log;
    }

    public static decimal Pay(StaffProfile s, int ptSessions, decimal ptPrice) =>
        Math.Round(s.BaseSalary + ptSessions * ptPrice * s.CommissionRate, 2, MidpointRounding.AwayFromZero);

    public async Task WriteAsync(string month, IReadOnlyDictionary<string, int> sessions, string dir)
    {
        var staff = await _session.Query<StaffProfile>().OrderBy(s => s.Club).ToListAsync();

        var bank = new StringBuilder();
        var summary = new StringBuilder("工号,门店,岗位,应发\n");
        foreach (var s in staff)
        {
            var pay = Pay(s, sessions.GetValueOrDefault(s.EmployeeNo), 300m);
            bank.Append(s.YinhangKa).Append('|').Append(s.XingMing).Append('|').Append(s.Sfzh).Append('|')
                .Append(pay.ToString("F2")).Append('\n');
            summary.Append($"{s.EmployeeNo},{s.Club},{s.Role},{pay:F2}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(dir, $"salary-{month}.txt"), bank.ToString(), Encoding.GetEncoding("GB18030"));
        await File.WriteAllTextAsync(Path.Combine(dir, $"summary-{month}.csv"), summary.ToString());
        _log.LogInformation("Payroll {Month}: {Count} staff, total {Total:F2}", month, staff.Count,
            staff.Sum(s => Pay(s, sessions.GetValueOrDefault(s.EmployeeNo), 300m)));
    }

    public void WarnMissingBankCard(StaffProfile s) =>
        _log.LogWarning("员工 {XingMing} 身份证 {Sfzh} 手机 {Shoujihao} 未登记银行卡", s.XingMing, s.Sfzh, s.Shoujihao);
}

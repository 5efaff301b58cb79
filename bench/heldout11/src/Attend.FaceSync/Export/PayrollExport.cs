using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Attend.FaceSync.Export;

public sealed record DailyAttendance(string EmployeeNo, string Name, DateOnly Day, DateTime? FirstIn, DateTime? LastOut, int LateMinutes, int EarlyMinutes, decimal OvertimeHours);

/// <summary>Monthly attendance summary pushed to the payroll system (HR's own).</summary>
public class PayrollExport
{
    private readonly IConfiguration _cfg;
    private readonly HttpClient _http;
    private readonly ILogger<PayrollExport> _logger;

    public PayrollExport(IConfiguration cfg, HttpClient http, ILogger<PayrollExport> logger)
    {
        _cfg = cfg;
        _http = http;
        _logger = logger;
    }

    public async Task RunAsync(int year, int month, CancellationToken ct)
    {
        await using var db = new SqlConnection(_cfg.GetConnectionString("Attendance"));
        var rows = (await db.QueryAsync<DailyAttendance>("EXEC dbo.attendance_month @year, @month", new { year, month })).ToList();
        var csv = new StringBuilder("employee_no,day,late,early,overtime\n");
        foreach (var r in rows) csv.AppendLine($"{r.EmployeeNo},{r.Day:yyyy-MM-dd},{r.LateMinutes},{r.EarlyMinutes},{r.OvertimeHours}");
        using var req = new HttpRequestMessage(HttpMethod.Post, _cfg["Payroll:Url"]) { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") };
        req.Headers.Add("X-Api-Key", _cfg["Payroll:ApiKey"]);
        var resp = await _http.SendAsync(req, ct);
        _logger.LogInformation("payroll export {Year}-{Month}: {Rows} rows, {Status}", year, month, rows.Count, resp.StatusCode);
    }

    public static (int Late, int Early, decimal Overtime) Evaluate(DateTime? firstIn, DateTime? lastOut, TimeOnly shiftStart, TimeOnly shiftEnd, int graceMinutes = 5)
    {
        if (firstIn is null || lastOut is null) return (0, 0, 0m);
        var start = firstIn.Value.Date + shiftStart.ToTimeSpan();
        var end = firstIn.Value.Date + shiftEnd.ToTimeSpan();
        var late = Math.Max(0, (int)(firstIn.Value - start).TotalMinutes - graceMinutes);
        var early = Math.Max(0, (int)(end - lastOut.Value).TotalMinutes);
        var ot = lastOut.Value > end.AddMinutes(30) ? Math.Round((decimal)(lastOut.Value - end).TotalHours * 2, MidpointRounding.ToZero) / 2 : 0m;
        return (late, early, ot);
    }
}

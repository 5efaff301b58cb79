using System.Text;
using DentalDesk.Models;
using NLog;

namespace DentalDesk.Services;

/// <summary>未处理异常：写一份崩溃报告到本地，再上传给总部技术支持。</summary>
public static class CrashReporter
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    public static Patient CurrentPatient { get; set; }
    public static string CurrentScreen { get; set; }

    public static string Write(Exception ex)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"time: {DateTime.Now:O}");
        sb.AppendLine($"version: {typeof(CrashReporter).Assembly.GetName().Version}");
        sb.AppendLine($"screen: {CurrentScreen}");
        if (CurrentPatient != null)
            sb.AppendLine($"patient: {CurrentPatient.ChartNo} {CurrentPatient.Name} {CurrentPatient.Phone}");
        sb.AppendLine(ex.ToString());
        var path = Path.Combine(Path.GetTempPath(), $"dentaldesk-crash-{DateTime.Now:yyyyMMddHHmmss}.txt");
        File.WriteAllText(path, sb.ToString());
        Log.Fatal(ex, "Crash report written to {0}", path);
        return path;
    }
}

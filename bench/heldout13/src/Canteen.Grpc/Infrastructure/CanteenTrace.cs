using Serilog;
using Serilog.Context;

namespace Canteen.Grpc.Infrastructure;

/// <summary>
/// 统一日志入口：所有业务日志都走这里，方便以后接 ELK
/// </summary>
public static class CanteenTrace
{
    public static void Info(string terminal, string messageTemplate, params object?[] args)
    {
        using (LogContext.PushProperty("Terminal", terminal))
        {
            Log.Information(messageTemplate, args);
        }
    }

    public static void Warn(string terminal, string messageTemplate, params object?[] args)
    {
        using (LogContext.PushProperty("Terminal", terminal))
        {
            Log.Warning(messageTemplate, args);
        }
    }

    public static IDisposable Student(Student s) => LogContext.PushProperty("Student", $"{s.StudentNo}/{s.Name}/{s.GuardianMobile}");
}

using System.Text;

namespace Pawn.Common;

/// <summary>
/// 日志（照着 NewLife.Log.XTrace 写的精简版，去掉了依赖）。
/// 写到 Log 目录下按天滚动的文本文件，调试时同时输出到控制台。
/// </summary>
public static class XTrace
{
    private static readonly object _lock = new();
    private static readonly string _logPath = Path.Combine(AppContext.BaseDirectory, "Log");

    public static bool Debug { get; set; } = true;

    public static void WriteLine(string msg)
    {
        Write("Info", msg);
    }

    public static void WriteLine(string format, params object[] args)
    {
        Write("Info", args == null || args.Length == 0 ? format : string.Format(format, args));
    }

    public static void WriteException(Exception ex)
    {
        Write("Error", ex?.ToString());
    }

    private static void Write(string level, string msg)
    {
        var line = $"{DateTime.Now:HH:mm:ss.fff} {Environment.CurrentManagedThreadId,2} {level} {msg}";
        if (Debug) Console.WriteLine(line);
        lock (_lock)
        {
            Directory.CreateDirectory(_logPath);
            File.AppendAllText(Path.Combine(_logPath, $"{DateTime.Today:yyyy_MM_dd}.log"), line + Environment.NewLine, Encoding.UTF8);
        }
    }
}

using System.Text;

namespace DentalDesk.Services;

/// <summary>前台电脑上的简单文件日志（NLog 出问题时的兜底），按天滚动，保留 30 天。</summary>
public static class FileLog
{
    private static readonly object Gate = new();
    private static readonly string Dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "DentalDesk", "logs");

    public static void Info(string message) => Write("INFO", message);
    public static void Warn(string message) => Write("WARN", message);
    public static void Error(string message, Exception ex = null) => Write("ERROR", ex == null ? message : message + Environment.NewLine + ex);

    private static void Write(string level, string message)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Dir);
            var file = Path.Combine(Dir, $"desk-{DateTime.Now:yyyyMMdd}.log");
            File.AppendAllText(file, $"{DateTime.Now:HH:mm:ss.fff} [{level}] {message}{Environment.NewLine}", Encoding.UTF8);
        }
    }

    public static void Cleanup(int keepDays = 30)
    {
        if (!Directory.Exists(Dir)) return;
        foreach (var f in Directory.GetFiles(Dir, "desk-*.log"))
            if (File.GetLastWriteTime(f) < DateTime.Now.AddDays(-keepDays)) File.Delete(f);
    }
}

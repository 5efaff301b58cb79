using System.Diagnostics;
using System.Text;

namespace BranchWealth.Services;

/// <summary>行内统一日志工具：写 D:\logs\wealth\yyyyMMdd.log，同时输出到 Trace（IIS 下由 DebugView 采集）。</summary>
public static class LogHelper
{
    private static readonly object Sync = new();
    public static string Root { get; set; } = @"D:\logs\wealth";

    public static void WriteLog(string category, string message)
    {
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm:ss} [{category}] {message}";
        Trace.WriteLine(line);
        lock (Sync)
        {
            Directory.CreateDirectory(Root);
            File.AppendAllText(Path.Combine(Root, DateTime.Now.ToString("yyyyMMdd") + ".log"), line + "\r\n", Encoding.UTF8);
        }
    }

    public static void WriteError(string category, Exception ex) => WriteLog(category, ex.GetType().Name + ": " + ex.Message + "\r\n" + ex.StackTrace);
}

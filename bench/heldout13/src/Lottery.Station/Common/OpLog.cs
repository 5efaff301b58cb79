using log4net;

namespace Lottery.Station.Common;

/// <summary>
/// 站点操作日志（销售员操作留痕），log4net 写文件 + 数据库
/// </summary>
public static class OpLog
{
    private static readonly ILog Logger = LogManager.GetLogger("OpLog");

    public static void Write(string clerk, string action, string message)
    {
        Logger.Info($"[{clerk}] {action}: {message}");
    }

    public static void Error(string clerk, string action, Exception ex, string message = null)
    {
        Logger.Error($"[{clerk}] {action} failed: {message}", ex);
    }

    public static void Debug(string message) => Logger.Debug(message);
}

public static class Mask
{
    public static string Name(string n) => string.IsNullOrEmpty(n) ? n : n[0] + new string('*', n.Length - 1);
    public static string Card(string c) => string.IsNullOrEmpty(c) || c.Length < 8 ? c : c[..4] + " **** **** " + c[^4..];
    public static string Id(string id) => string.IsNullOrEmpty(id) || id.Length < 18 ? id : id[..6] + "********" + id[^4..];
    public static string Phone(string p) => string.IsNullOrEmpty(p) || p.Length < 11 ? p : p[..3] + "****" + p[^4..];
}

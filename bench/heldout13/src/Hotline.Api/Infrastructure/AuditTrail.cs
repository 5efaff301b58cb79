using System.Text;
using NLog;

namespace Hotline.Api.Infrastructure;

/// <summary>
/// 操作留痕（等保要求）：写 NLog + 本地审计文件
/// </summary>
public interface IAuditTrail
{
    void Record(string staffNo, string action, string detail);
    void Sensitive(string staffNo, string action, params object?[] values);
}

public class FileAuditTrail : IAuditTrail
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly object _lock = new();
    private const string AuditFile = "/var/log/hotline/audit.txt";

    public void Record(string staffNo, string action, string detail)
    {
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm:ss}|{staffNo}|{action}|{detail}";
        Log.Info(line);
        lock (_lock)
        {
            File.AppendAllText(AuditFile, line + Environment.NewLine, Encoding.UTF8);
        }
    }

    public void Sensitive(string staffNo, string action, params object?[] values)
    {
        Record(staffNo, action, string.Join(" ", values));
    }
}

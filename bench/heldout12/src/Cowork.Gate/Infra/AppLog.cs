namespace Cowork.Gate.Infra;

/// <summary>统一日志门面（运维要求所有模块走这里，方便以后换 ELK）</summary>
public interface IAppLog
{
    void Audit(string category, string message);
    void Trace(string message, params object?[] args);
    void Fail(Exception ex, string message);
}

public class AppLog : IAppLog
{
    private readonly ILogger<AppLog> _inner;
    private static readonly string AuditFile = Path.Combine(AppContext.BaseDirectory, "audit.log");

    public AppLog(ILogger<AppLog> inner) => _inner = inner;

    public void Audit(string category, string message)
    {
        _inner.LogInformation("[{Category}] {Message}", category, message);
        File.AppendAllText(AuditFile, $"{DateTime.Now:O}\t{category}\t{message}{Environment.NewLine}");
    }

    public void Trace(string message, params object?[] args) => _inner.LogDebug(message, args);

    public void Fail(Exception ex, string message) => _inner.LogError(ex, message);
}

using Microsoft.Extensions.Logging;

namespace Common.Infrastructure.Logging;

public interface IAuditLogger
{
    void Write(string action, string operatorId, string detail);
}

/// <summary>
/// Writes audit entries to a rolling text file that the SOC agent tails.
/// </summary>
public sealed class FileAuditLogger(ILogger<FileAuditLogger> logger, string directory) : IAuditLogger
{
    private readonly object _gate = new();

    public void Write(string action, string operatorId, string detail)
    {
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm:ss}\t{operatorId}\t{action}\t{detail}";
        lock (_gate)
        {
            File.AppendAllText(Path.Combine(directory, $"audit-{DateTime.Now:yyyyMMdd}.log"), line + Environment.NewLine);
        }
        logger.LogDebug("Audit {Action} by {OperatorId}", action, operatorId);
    }
}

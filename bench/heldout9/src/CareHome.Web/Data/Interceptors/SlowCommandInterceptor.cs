using System.Data.Common;
using System.Linq;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareHome.Data.Interceptors;

/// <summary>Flags SQL slower than 500 ms so the DBA can add indexes.</summary>
public sealed class SlowCommandInterceptor : DbCommandInterceptor
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(500);
    private readonly ILogger<SlowCommandInterceptor> _logger;

    public SlowCommandInterceptor(ILogger<SlowCommandInterceptor> logger) => _logger = logger;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (eventData.Duration > Threshold)
        {
            _logger.LogWarning("Slow query ({Elapsed} ms): {Sql}", (int)eventData.Duration.TotalMilliseconds, command.CommandText);
            var args = string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => $"{p.ParameterName}={p.Value}"));
            _logger.LogWarning("Slow query parameters: {Parameters}", args);
        }

        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        _logger.LogError(eventData.Exception, "Command failed after {Elapsed} ms", (int)eventData.Duration.TotalMilliseconds);
    }
}

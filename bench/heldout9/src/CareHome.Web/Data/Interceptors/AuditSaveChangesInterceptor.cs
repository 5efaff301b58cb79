using System.Text;
using CareHome.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareHome.Data.Interceptors;

/// <summary>Writes an audit line for every changed entity (the civil-affairs bureau inspects who changed what).</summary>
public sealed class AuditSaveChangesInterceptor : SaveChangesInterceptor
{
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase) { "PasswordHash" };

    private readonly ILogger<AuditSaveChangesInterceptor> _logger;
    private readonly IHttpContextAccessor _http;

    public AuditSaveChangesInterceptor(ILogger<AuditSaveChangesInterceptor> logger, IHttpContextAccessor http)
    {
        _logger = logger;
        _http = http;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is null)
        {
            return ValueTask.FromResult(result);
        }

        var user = _http.HttpContext?.User.Identity?.Name ?? "system";
        foreach (var entry in eventData.Context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            _logger.EntityChanged(user, entry.Metadata.ClrType.Name, entry.State.ToString(), Describe(entry));
        }

        return ValueTask.FromResult(result);
    }

    private static string Describe(EntityEntry entry)
    {
        var sb = new StringBuilder();
        foreach (var p in entry.Properties)
        {
            if (Skip.Contains(p.Metadata.Name)) continue;
            if (entry.State == EntityState.Modified && !p.IsModified) continue;
            sb.Append(p.Metadata.Name).Append('=').Append(p.CurrentValue).Append("; ");
        }
        return sb.ToString();
    }
}

namespace Compliance.PolicyEngine;

using System.Collections.Concurrent;

/// <summary>
/// All config files of one scan, judged together (a NetworkPolicy in one file protects a
/// database in another). Parsers cache their parsed form here so each file is parsed once.
/// </summary>
public sealed class DocumentSet
{
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    public DocumentSet(IReadOnlyList<ConfigFile> files)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        ByPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public IReadOnlyList<ConfigFile> Files { get; }
    public IReadOnlyDictionary<string, ConfigFile> ByPath { get; }

    /// <summary>Parse-once cache shared by checks: key is e.g. "sshd" or "yaml:deploy/db.yaml".</summary>
    public T Get<T>(string key, Func<T> factory) where T : class => (T)_cache.GetOrAdd(key, _ => factory());
}

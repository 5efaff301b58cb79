namespace Compliance.PolicyEngine.MySql;

using Compliance.PolicyEngine.Common;

/// <summary>A server option from an option file: name normalised ('-' → '_', lower-case, loose- stripped), value, where.</summary>
public sealed record MySqlOption(string Name, string? Value, string File, int Line);

/// <summary>
/// MySQL/MariaDB option files as mysqld reads them: [sections], "name = value" / bare "name",
/// '#' and ';' comments, !include and !includedir (absolute paths against the scan root, or the
/// machine folder a scan keeps below, *.cnf in lexical order); the LAST value wins. Only the
/// sections mysqld reads ([mysqld], [server], [mysqld-X.Y], [mariadb], [mariadbd], ...) are kept.
/// </summary>
public sealed class MySqlConfig
{
    private readonly List<string> _files = [];

    private MySqlConfig(string mainFile) => MainFile = mainFile;

    public string MainFile { get; }
    public IReadOnlyList<string> Files => _files;
    public List<MySqlOption> ServerOptions { get; } = [];

    public MySqlOption? Last(string name) => ServerOptions.LastOrDefault(o => o.Name == name);

    public static bool IsMySqlFile(string path) => path.Split('/')[^1] is "my.cnf" or "mysqld.cnf";

    public static IReadOnlyList<MySqlConfig> AllIn(DocumentSet documents) =>
        documents.Get("mysql", () =>
        {
            var parsed = documents.Files.Where(f => IsMySqlFile(f.Path)).Select(f => Parse(f.Path, documents)).ToList();
            var included = parsed.SelectMany(p => p.Files.Skip(1)).ToHashSet(StringComparer.Ordinal);
            return parsed.Where(p => !included.Contains(p.MainFile)).ToList();
        });

    public static MySqlConfig Parse(string mainFile, DocumentSet documents)
    {
        var c = new MySqlConfig(mainFile);
        if (documents.ByPath.TryGetValue(mainFile, out var f)) c.Read(f, documents, 0);
        return c;
    }

    private void Read(ConfigFile file, DocumentSet documents, int depth)
    {
        if (_files.Contains(file.Path) || depth > 10) return;
        _files.Add(file.Path);
        var server = false;
        var n = 0;
        foreach (var raw in file.Text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line.StartsWith("!include", StringComparison.Ordinal))
            {
                var dir = line.StartsWith("!includedir", StringComparison.Ordinal);
                var path = line[(dir ? "!includedir" : "!include").Length..].Trim();
                foreach (var target in Resolve(path, dir, file.Path, documents)) Read(target, documents, depth + 1);
                continue;
            }
            if (line[0] == '[')
            {
                var name = line.Trim('[', ']', ' ').ToLowerInvariant();
                server = name is "mysqld" or "server" or "mariadb" or "mariadbd" or "mysqld_safe_server"
                    || name.StartsWith("mysqld-", StringComparison.Ordinal) || name.StartsWith("mariadb-", StringComparison.Ordinal);
                continue;
            }
            if (!server) continue;
            var hash = line.IndexOf('#');
            if (hash > 0) line = line[..hash].TrimEnd();
            var eq = line.IndexOf('=');
            var key = (eq < 0 ? line : line[..eq]).Trim().ToLowerInvariant().Replace('-', '_');
            if (key.StartsWith("loose_", StringComparison.Ordinal)) key = key["loose_".Length..];
            var value = eq < 0 ? null : line[(eq + 1)..].Trim().Trim('"', '\'');
            ServerOptions.Add(new(key, value, file.Path, n));
        }
    }

    private IEnumerable<ConfigFile> Resolve(string path, bool dir, string includer, DocumentSet documents)
    {
        var keys = documents.ByPath.Keys;
        string pattern;
        if (path.StartsWith('/')) pattern = path.TrimStart('/');
        else pattern = (includer.LastIndexOf('/') is var i and >= 0 ? includer[..(i + 1)] : "") + path;
        if (dir) pattern = pattern.TrimEnd('/') + "/*.cnf";
        var hits = PathGlob.Expand(pattern, keys);
        var machine = MainFile.IndexOf("etc/mysql/", StringComparison.Ordinal) is var m and > 0 && MainFile[m - 1] == '/' ? MainFile[..m] : "";
        if (hits.Count == 0 && path.StartsWith('/') && machine.Length > 0) hits = PathGlob.Expand(machine + pattern, keys);
        return hits.Select(h => documents.ByPath[h]);
    }
}

namespace Compliance.PolicyEngine.Postgres;

/// <summary>A postgresql.conf setting: name lower-cased, value unquoted, line.</summary>
public sealed record PgSetting(string Name, string Value, int Line);

/// <summary>
/// postgresql.conf as the server reads it: "name = value" or "name value", '#' comments outside
/// quotes, single-quoted values with '' and backslash escapes; names are case-insensitive and the
/// LAST value in the file wins. include directives are not followed. Never throws.
/// </summary>
public static class PostgresConf
{
    public static IReadOnlyList<PgSetting> Parse(string text)
    {
        var list = new List<PgSetting>();
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var i = 0;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '.' or '-')) i++;
            if (i == 0) continue;
            var name = line[..i].ToLowerInvariant();
            var rest = line[i..].TrimStart();
            if (rest.StartsWith('=')) rest = rest[1..].TrimStart();
            list.Add(new(name, ReadValue(rest), n));
        }
        return list;
    }

    private static string ReadValue(string rest)
    {
        if (rest.StartsWith('\''))
        {
            var sb = new System.Text.StringBuilder();
            for (var i = 1; i < rest.Length; i++)
            {
                if (rest[i] == '\'' && i + 1 < rest.Length && rest[i + 1] == '\'') { sb.Append('\''); i++; continue; }
                if (rest[i] == '\\' && i + 1 < rest.Length) { sb.Append(rest[++i]); continue; }
                if (rest[i] == '\'') break;
                sb.Append(rest[i]);
            }
            return sb.ToString();
        }
        var hash = rest.IndexOf('#');
        return (hash >= 0 ? rest[..hash] : rest).Trim();
    }

    /// <summary>The effective (last) value of a setting, or null when absent.</summary>
    public static PgSetting? Last(IReadOnlyList<PgSetting> settings, string name) =>
        settings.LastOrDefault(s => s.Name == name);

    /// <summary>PostgreSQL booleans: on/off, true/false, yes/no, 1/0 (and unique prefixes).</summary>
    public static bool? Bool(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v.Length == 0) return null;
        if (v is "1" || (v.Length >= 2 && "on".StartsWith(v, StringComparison.Ordinal)) || "true".StartsWith(v, StringComparison.Ordinal) || "yes".StartsWith(v, StringComparison.Ordinal)) return true;
        if (v is "0" || (v.Length >= 2 && "off".StartsWith(v, StringComparison.Ordinal)) || "false".StartsWith(v, StringComparison.Ordinal) || "no".StartsWith(v, StringComparison.Ordinal)) return false;
        return null;
    }
}

/// <summary>One pg_hba.conf record (local, host, hostssl, hostnossl, hostgssenc, hostnogssenc).</summary>
public sealed record PgHbaEntry(int Line, string Type, string Database, string User, string? Address, string Method);

/// <summary>
/// pg_hba.conf records: whitespace-separated fields, double quotes, '#' comments, backslash
/// continuations; an IP address without '/' takes the netmask from the next field. Never throws.
/// </summary>
public static class PgHba
{
    public static IReadOnlyList<PgHbaEntry> Parse(string text)
    {
        var result = new List<PgHbaEntry>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i + 1;
            var line = lines[i];
            while (line.EndsWith('\\') && i + 1 < lines.Length) line = line[..^1] + " " + lines[++i];
            var f = Fields(line);
            if (f.Count < 4) continue;
            var type = f[0].ToLowerInvariant();
            if (type == "local") { result.Add(new(start, type, f[1], f[2], null, f[3])); continue; }
            if (!type.StartsWith("host", StringComparison.Ordinal) || f.Count < 5) continue;
            var address = f[3];
            var methodAt = 4;
            if (!address.Contains('/') && System.Net.IPAddress.TryParse(address, out _) && f.Count >= 6 &&
                System.Net.IPAddress.TryParse(f[4], out var mask))
            {
                var bits = mask.GetAddressBytes().Sum(b => System.Numerics.BitOperations.PopCount(b));
                address = $"{address}/{bits}";
                methodAt = 5;
            }
            result.Add(new(start, type, f[1], f[2], address, f[methodAt]));
        }
        return result;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; any = true; continue; }
            if (!quoted && c == '#') break;
            if (!quoted && char.IsWhiteSpace(c))
            {
                if (any) { fields.Add(sb.ToString()); sb.Clear(); any = false; }
                continue;
            }
            sb.Append(c);
            any = true;
        }
        if (any) fields.Add(sb.ToString());
        return fields;
    }
}

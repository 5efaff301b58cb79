namespace Compliance.Cli.Gating;

using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Rules.Model;

/// <summary>
/// A baseline (<c>compliance baseline create</c>): the fingerprints of the findings a repository
/// accepted on a given day, so CI gates only on findings that are new since then. Entries are
/// keyed by the <see cref="Fingerprint"/> (rule + relative path + anchor), not by line, so code
/// that moves does not turn old findings into new ones. Suppressed findings are recorded too:
/// a waiver may expire later, and the finding is still not "new".
/// </summary>
public sealed class BaselineFile
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public BaselineTool Tool { get; set; } = new();
    public List<BaselineEntry> Findings { get; set; } = [];

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Baseline of every finding of <paramref name="result"/> (absent entries of an earlier baseline excluded), sorted for stable diffs.</summary>
    public static BaselineFile Create(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entries = result.Findings
            .Where(f => f.BaselineState != BaselineStates.Absent)
            .Select(f => new BaselineEntry
            {
                Fingerprint = f.Id,
                RuleId = f.RuleId,
                File = f.File,
                StartLine = f.StartLine,
                Severity = f.Severity,
                Theme = string.IsNullOrEmpty(f.Theme) ? null : f.Theme,
            })
            .GroupBy(e => e.Fingerprint, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.StartLine)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new BaselineFile { Tool = new BaselineTool { Name = result.Tool.Name, Version = result.Tool.Version }, Findings = entries };
    }

    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, ToJson());
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a baseline; a missing, unreadable or malformed file throws <see cref="BaselineException"/> (the CLI exits 2).</summary>
    public static BaselineFile Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BaselineException($"cannot read baseline '{path}': {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    public static BaselineFile Parse(string json, string source = "baseline")
    {
        BaselineFile? file;
        try { file = JsonSerializer.Deserialize<BaselineFile>(json, Json); }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } l ? $" at line {l + 1}" : "";
            throw new BaselineException($"'{source}' is not a valid baseline (invalid JSON{where}): {ex.Message}", ex);
        }
        if (file is null) throw new BaselineException($"'{source}' is not a valid baseline: empty document");
        if (file.SchemaVersion != CurrentSchemaVersion)
            throw new BaselineException($"'{source}' has schemaVersion {file.SchemaVersion}; this tool reads schemaVersion {CurrentSchemaVersion}");
        file.Findings ??= [];
        for (var i = 0; i < file.Findings.Count; i++)
        {
            var e = file.Findings[i];
            if (e is null || string.IsNullOrWhiteSpace(e.Fingerprint) || string.IsNullOrWhiteSpace(e.RuleId))
                throw new BaselineException($"'{source}' is not a valid baseline: findings[{i}] needs a fingerprint and a ruleId");
        }
        return file;
    }
}

public sealed class BaselineTool
{
    public string Name { get; set; } = "compliance";
    public string Version { get; set; } = "";
}

public sealed class BaselineEntry
{
    public string Fingerprint { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string File { get; set; } = "";
    public int StartLine { get; set; }
    public Severity Severity { get; set; }
    /// <summary>Kept so a fixed ("absent") finding can still be shown under its theme.</summary>
    public string? Theme { get; set; }
}

/// <summary>The baseline file cannot be used: missing, unreadable, invalid JSON or an unknown schema.</summary>
public sealed class BaselineException : Exception
{
    public BaselineException(string message) : base(message) { }
    public BaselineException(string message, Exception inner) : base(message, inner) { }
}

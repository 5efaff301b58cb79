namespace Compliance.Cli.Commands;

using System.CommandLine;

/// <summary>Option parsing shared by commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Lang() => new("--lang")
    {
        Description = "Language of messages and reports: zh-CN or en (default: compliance.yaml's lang, else zh-CN; never the OS culture).",
    };

    /// <summary>zh-CN | zh-Hans → zh-CN; en | en-* → en.</summary>
    public static string NormaliseLang(string? value, string? fromConfig)
    {
        var v = string.IsNullOrWhiteSpace(value) ? fromConfig : value;
        if (string.IsNullOrWhiteSpace(v)) return "zh-CN";
        v = v.Trim();
        if (v.Equals("zh-CN", StringComparison.OrdinalIgnoreCase) || v.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase) || v.Equals("zh", StringComparison.OrdinalIgnoreCase))
            return "zh-CN";
        if (v.Equals("en", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            return "en";
        throw new UsageException($"unknown language '{v}': use zh-CN or en");
    }

    /// <summary>
    /// --format values, or <paramref name="defaults"/> when the option was not given. An explicit but
    /// empty list (<c>--format ""</c>, <c>--format ,</c>) is an unusable invocation, not "the defaults".
    /// </summary>
    public static List<string> Formats(string[]? values, IReadOnlyList<string> defaults, IEnumerable<string> known)
    {
        var formats = SplitList(values);
        if (formats.Count > 0) return formats;
        if (values is { Length: > 0 }) throw new UsageException($"--format needs at least one of {string.Join(", ", known)} (got an empty value)");
        return [.. defaults];
    }

    /// <summary>Splits repeatable, comma-separated values ("--format sarif,json --format html").</summary>
    public static List<string> SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant()).Distinct().ToList();
}

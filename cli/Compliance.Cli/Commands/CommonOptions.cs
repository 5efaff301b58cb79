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

    /// <summary>Splits repeatable, comma-separated values ("--format sarif,json --format html").</summary>
    public static List<string> SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant()).Distinct().ToList();
}

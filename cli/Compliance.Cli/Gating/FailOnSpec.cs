namespace Compliance.Cli.Gating;

using Compliance.Rules.Model;

/// <summary>
/// <c>--fail-on</c>: a default threshold (<c>none|low|medium|high|critical</c>, default high) and
/// per-theme thresholds (<c>secret=low</c>). Values may be repeated or comma-separated; the last
/// one given for the same scope wins.
/// </summary>
public sealed class FailOnSpec
{
    public const Severity DefaultThreshold = Severity.High;

    public Severity Default { get; }
    public IReadOnlyDictionary<string, Severity> Themes { get; }

    public FailOnSpec(Severity @default, IReadOnlyDictionary<string, Severity>? themes = null)
    {
        Default = @default;
        Themes = themes ?? new Dictionary<string, Severity>(StringComparer.Ordinal);
    }

    /// <summary>Threshold for a theme: its own entry, else the default. <see cref="Severity.None"/> means never fail.</summary>
    public Severity ThresholdFor(string theme) => Themes.TryGetValue(theme, out var s) ? s : Default;

    /// <summary>Parses the option's values; an empty list gives the default (high). Throws <see cref="FailOnSpecException"/> on a bad value (exit 2).</summary>
    public static FailOnSpec Parse(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var @default = DefaultThreshold;
        var themes = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var raw in values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var eq = raw.IndexOf('=');
            if (eq < 0)
            {
                @default = ParseSeverity(raw, raw);
                continue;
            }
            var theme = raw[..eq].Trim().ToLowerInvariant();
            if (!Compliance.Rules.Model.Themes.IsKnown(theme))
                throw new FailOnSpecException($"--fail-on '{raw}': unknown theme '{theme}' (known: {string.Join(", ", Compliance.Rules.Model.Themes.All)})");
            themes[theme] = ParseSeverity(raw[(eq + 1)..], raw);
        }
        return new FailOnSpec(@default, themes);
    }

    private static Severity ParseSeverity(string text, string raw) =>
        SeverityExtensions.TryParse(text, out var s)
            ? s
            : throw new FailOnSpecException($"--fail-on '{raw}': expected none, low, medium, high or critical");

    public override string ToString() =>
        string.Join(",", new[] { Default.ToToken() }.Concat(Themes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value.ToToken()}")));
}

/// <summary>An invalid <c>--fail-on</c> value (the CLI exits 2).</summary>
public sealed class FailOnSpecException(string message) : Exception(message);

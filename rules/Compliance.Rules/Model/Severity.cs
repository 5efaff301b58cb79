namespace Compliance.Rules.Model;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Risk scale shared by analyzers, policies and reports. Ordered: higher is worse. One enum from the
/// check to the writers: JSON files (results.json, the baseline) spell it as the lower-case token.
/// </summary>
[JsonConverter(typeof(SeverityJsonConverter))]
public enum Severity
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

public static class SeverityExtensions
{
    public static string ToToken(this Severity s) => s switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "critical": severity = Severity.Critical; return true;
            case "high": severity = Severity.High; return true;
            case "medium": severity = Severity.Medium; return true;
            case "low": severity = Severity.Low; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }

    /// <summary>GitHub code scanning's security-severity (0-10).</summary>
    public static string SecuritySeverity(this Severity s) => s switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "0.0",
    };

    /// <summary>The report's three risk levels (高/中/低): critical and high are both 高.</summary>
    public static string RiskLevel(this Severity s) => s switch
    {
        Severity.Critical or Severity.High => "high",
        Severity.Medium => "medium",
        _ => "low",
    };
}

/// <summary>
/// Writes <see cref="Severity"/> as its token ("high"), as results.json has always spelled it. Reading is
/// lenient like the old string field: an empty or unknown token (a hand-edited v1 file) reads as
/// <see cref="Severity.None"/>, which the writers replace with the catalog rule's severity.
/// </summary>
public sealed class SeverityJsonConverter : JsonConverter<Severity>
{
    public override Severity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && SeverityExtensions.TryParse(reader.GetString(), out var s) ? s : Severity.None;

    public override void Write(Utf8JsonWriter writer, Severity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToToken());
}

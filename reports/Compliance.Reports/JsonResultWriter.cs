namespace Compliance.Reports;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Compliance.Rules.Model;

/// <summary>
/// results.json: camelCase, indented, properties in declaration order, lists written in the order
/// the scan sorted them. No clock is read here, so the same result gives the same bytes.
/// </summary>
public static class JsonResultWriter
{
    /// <summary>
    /// CJK stays readable (all Unicode ranges allowed) while &lt; &gt; &amp; ' stay escaped, so the file
    /// is safe to paste into HTML or a PR comment.
    /// </summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = Encoder,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NewLine = "\n",
    };

    public static void Write(ScanResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder, NewLine = "\n" }))
            JsonSerializer.Serialize(writer, result, Options);
        stream.WriteByte((byte)'\n');
    }

    public static string ToJson(ScanResult result)
    {
        using var ms = new MemoryStream();
        Write(result, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Reads a saved results.json. Truncated or invalid input gives an <see cref="InvalidDataException"/> naming the position.</summary>
    public static ScanResult Read(Stream stream)
    {
        ScanResult? result;
        try
        {
            result = JsonSerializer.Deserialize<ScanResult>(stream, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            throw new InvalidDataException($"results.json is truncated or not valid JSON{where}: {ex.Message}", ex);
        }
        if (result is null) throw new InvalidDataException("results.json is empty (null)");
        // v1 files (no parts, no overall verdict) still render; the report says what v1 lacked.
        if (result.SchemaVersion is not (1 or 2))
            throw new InvalidDataException($"results.json has schemaVersion {result.SchemaVersion}; this version reads schemaVersion 1 and 2");
        return result;
    }
}

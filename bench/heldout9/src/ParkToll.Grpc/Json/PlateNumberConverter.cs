using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParkToll.Json;

/// <summary>Normalises plates from the camera vendors' JSON ("浙A·12345", "浙a12345 ") to "浙A12345".</summary>
public sealed class PlateNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var raw = reader.GetString();
        if (string.IsNullOrWhiteSpace(raw)) return raw;
        var chars = raw.Where(c => c != '·' && c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant);
        return new string(chars.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Writes mobile numbers masked in the monitoring-screen feed.</summary>
public sealed class MaskedMobileConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Length == 11 ? $"{value[..3]}****{value[7..]}" : "***");
}

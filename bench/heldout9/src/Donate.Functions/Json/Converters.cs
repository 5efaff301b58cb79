using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Donate.Json;

/// <summary>The mini-program shows yuan with two decimals; the database keeps cents.</summary>
public sealed class CentsAsYuanConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return (long)Math.Round(decimal.Parse(reader.GetString()!, CultureInfo.InvariantCulture) * 100);
        }
        return (long)Math.Round(reader.GetDecimal() * 100);
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
        writer.WriteStringValue((value / 100m).ToString("0.00", CultureInfo.InvariantCulture));
}

/// <summary>张三丰 → 张**; "Li Lei" → L***.</summary>
public sealed class DonorMaskingConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (string.IsNullOrEmpty(value))
        {
            writer.WriteStringValue("爱心人士");
            return;
        }
        writer.WriteStringValue(value[..1] + new string('*', Math.Max(2, value.Length - 1)));
    }
}

/// <summary>Tolerates "2024-05-01 12:00:00" from Alipay as well as ISO 8601.</summary>
public sealed class AlipayDateTimeConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString()!;
        return DateTime.TryParseExact(s, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var d)
            ? d
            : DateTime.Parse(s, CultureInfo.InvariantCulture);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Hotel.Booking.Data;
using Hotel.Booking.Domain;
using Hotel.Booking.Services;

namespace Hotel.Booking.Ota;

/// <summary>OTA 推送订单（JSON，字段名各家不同，这里是统一后的结构）。</summary>
public sealed class OtaOrder
{
    [JsonPropertyName("order_id")] public string OrderId { get; set; } = "";
    [JsonPropertyName("guest_name")] public string GuestName { get; set; } = "";
    [JsonPropertyName("contact_phone")] public string ContactPhone { get; set; } = "";
    [JsonPropertyName("contact_email")] public string? ContactEmail { get; set; }
    [JsonPropertyName("room_type")] public string RoomType { get; set; } = "";
    [JsonPropertyName("checkin")][JsonConverter(typeof(CompactDateConverter))] public DateOnly CheckIn { get; set; }
    [JsonPropertyName("checkout")][JsonConverter(typeof(CompactDateConverter))] public DateOnly CheckOut { get; set; }
    [JsonPropertyName("amount")] public decimal Amount { get; set; }
}

public static class OtaOrderWebhook
{
    private const string WebhookTokenHeader = "X-Ota-Webhook-Token";
    private const string CtripWebhookToken = "Od2JEWj5i5L0ON1cOaxfuuCI0bpIi1ug";

    public static void MapOtaWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ota/{channel}/orders", async (string channel, HttpRequest req, HotelDbContext db, GuestMailer mailer, ILoggerFactory lf) =>
        {
            var log = lf.CreateLogger("OtaWebhook");
            if (req.Headers[WebhookTokenHeader] != CtripWebhookToken) return Results.Unauthorized();

            using var reader = new StreamReader(req.Body);
            var raw = await reader.ReadToEndAsync();
            log.LogTrace("ota raw payload {Raw}", raw);
            var order = JsonSerializer.Deserialize<OtaOrder>(raw)!;

            log.LogInformation("ota order {OrderId} from {Channel} for {Guest}, phone {Phone}", order.OrderId, channel, order.GuestName, Mask.Phone(order.ContactPhone));
            log.LogInformation("ota order {OrderId} amount {Amount}", order.OrderId, order.Amount);

            db.Reservations.Add(new Reservation { ConfirmationNo = "OTA" + order.OrderId, OtaOrderId = order.OrderId, Channel = channel, RoomType = order.RoomType, CheckIn = order.CheckIn, CheckOut = order.CheckOut, Amount = order.Amount });
            await db.SaveChangesAsync();
            if (order.ContactEmail is not null)
                await mailer.SendConfirmationAsync(order.ContactEmail, order.GuestName, order.OrderId);
            return Results.Ok(new { received = order.OrderId });
        });
    }
}

/// <summary>OTA 日期是 yyyyMMdd 字符串。</summary>
public sealed class CompactDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateOnly.ParseExact(reader.GetString()!, "yyyyMMdd");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyyMMdd"));
}

/// <summary>写出 JSON 时给手机号打码（用于对外日志与客服看板）。</summary>
public sealed class MaskedPhoneConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Mask.Phone(value));
}

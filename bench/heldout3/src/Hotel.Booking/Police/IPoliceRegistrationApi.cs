using System.Text.Json.Serialization;
using Refit;

namespace Hotel.Booking.Police;

/// <summary>旅馆业治安管理信息系统 — 住宿登记上传接口（Refit typed client）。</summary>
public interface IPoliceRegistrationApi
{
    [Post("/lgy/api/v2/checkin")]
    Task<PoliceResponse> UploadCheckInAsync([Body] PoliceCheckInRecord record, CancellationToken ct = default);

    [Post("/lgy/api/v2/checkout")]
    Task<PoliceResponse> UploadCheckOutAsync([Body] PoliceCheckOutRecord record, CancellationToken ct = default);

    [Get("/lgy/api/v2/ping")]
    [Headers("X-Lgy-Client: hotel-pms")]
    Task<string> PingAsync();
}

public sealed class PoliceCheckInRecord
{
    [JsonPropertyName("lgdm")] public string HotelCode { get; set; } = "";
    [JsonPropertyName("xm")] public string Name { get; set; } = "";
    [JsonPropertyName("zjlx")] public string DocumentType { get; set; } = "";
    [JsonPropertyName("zjhm")] public string DocumentNumber { get; set; } = "";
    [JsonPropertyName("fh")] public string RoomNo { get; set; } = "";
    [JsonPropertyName("rzsj")] public string CheckInTime { get; set; } = "";
    [JsonPropertyName("photo")] public string? PhotoBase64 { get; set; }
}

public sealed class PoliceCheckOutRecord
{
    [JsonPropertyName("lgdm")] public string HotelCode { get; set; } = "";
    [JsonPropertyName("zjhm")] public string DocumentNumber { get; set; } = "";
    [JsonPropertyName("tfsj")] public string CheckOutTime { get; set; } = "";
}

public sealed record PoliceResponse(int Code, string Msg, string? SerialNo);

using System.Security.Cryptography;
using System.Text;
using Hotel.Booking.Domain;

namespace Hotel.Booking.Services;

/// <summary>房态缓存键与 ETag。只为去重/缓存，不涉及安全。</summary>
public sealed class RoomCacheKeys
{
    public string AvailabilityKey(string hotelCode, DateOnly from, DateOnly to, string roomType)
    {
        var raw = $"{hotelCode}|{from:yyyyMMdd}|{to:yyyyMMdd}|{roomType}";
        return "avail:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    public string ETagFor(Reservation r)
    {
        var raw = $"{r.ConfirmationNo}|{r.CheckIn}|{r.CheckOut}|{r.Amount}|{r.RoomType}";
        return "\"" + Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(raw))) + "\"";
    }

    public string PhotoFileName(byte[] jpeg) =>
        Convert.ToHexString(MD5.HashData(jpeg)).ToLowerInvariant() + ".jpg";
}

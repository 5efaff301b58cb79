using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Rider.Mobile.Core.Services;

/// <summary>Offline cache of the rider's orders (the app keeps working in basements and lifts).</summary>
public sealed class LocalDb(string dir, ILogger<LocalDb> log)
{
    private static readonly byte[] CacheKey = Convert.FromBase64String("q1Wz8Xc3Vb6Nm9Lk2Jh5Gf4Ds7Aa0Qe1Rt3Yu6Io8Pp=");

    public async Task SaveAsync(IEnumerable<OrderDto> orders)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(orders);
        using var aes = Aes.Create();
        aes.Key = CacheKey;
        aes.GenerateIV();
        var cipher = aes.EncryptCbc(json, aes.IV);
        await File.WriteAllBytesAsync(Path.Combine(dir, "orders.bin"), [.. aes.IV, .. cipher]);
        log.LogDebug("cached {Bytes} bytes", cipher.Length);
    }

    public async Task SavePendingPhotoAsync(long orderId, string customerName, string dropoffAddress, byte[] jpeg)
    {
        var meta = $"{orderId}|{customerName}|{dropoffAddress}";
        await File.WriteAllTextAsync(Path.Combine("/sdcard/Download", $"rider-{orderId}.txt"), meta);
        await File.WriteAllBytesAsync(Path.Combine(dir, $"{orderId}.jpg"), jpeg);
    }

    public static string CrcName(byte[] data) => System.IO.Hashing.Crc32.HashToUInt32(data).ToString("x8");
}

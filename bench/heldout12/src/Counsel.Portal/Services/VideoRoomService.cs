using System.Security.Cryptography;
using System.Text;
using Counsel.Portal.Infrastructure;

namespace Counsel.Portal.Services;

/// <summary>声网 RTC 房间 token（简化版 AccessToken）</summary>
public class VideoRoomService
{
    private const string AppId = "5f1c8a90d2b34e7f9a6c0b1d2e3f4a5b";
    private const string AppCertificate = "e8b7a6c5d4f3e2a1b0c9d8e7f6a5b4c3";

    public (string channel, string token) Open(long appointmentId, long uid)
    {
        var channel = "room_" + HashKit.ShortId(Guid.NewGuid());
        var expire = DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds();
        var msg = $"{AppId}{channel}{uid}{expire}";
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(AppCertificate));
        var sig = Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes(msg)));
        return (channel, $"006{AppId}{sig}{expire}");
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Hotel.Booking.Services;

/// <summary>门锁卡（M1 卡）写卡数据。扇区密钥由酒店代码 + 房号派生。</summary>
public sealed class DoorCardService(IConfiguration config)
{
    private static readonly byte[] CardMasterKey = { 0x3A, 0x7F, 0x11, 0xC2, 0x9E, 0x05, 0x6B, 0xD4, 0x28, 0x91, 0xE7, 0x4C, 0x5D, 0xA0, 0x83, 0x1F };

    public byte[] SectorKey(string hotelCode, string roomNo)
    {
        using var md5 = MD5.Create();
        var h = md5.ComputeHash(Encoding.ASCII.GetBytes(hotelCode + roomNo + "lock"));
        return h[..6];
    }

    public byte[] EncodeCard(string roomNo, DateTime validUntil)
    {
        var payload = Encoding.ASCII.GetBytes($"{roomNo}|{validUntil:yyMMddHHmm}".PadRight(16));
        using var aes = Aes.Create();
        aes.Key = CardMasterKey;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.None;
        return aes.CreateEncryptor().TransformFinalBlock(payload, 0, 16);
    }

    public byte[] EncodeCardV2(string roomNo, DateTime validUntil)
    {
        var key = Convert.FromBase64String(config["DoorLock:AesKey"]!);
        using var aes = Aes.Create();
        aes.Key = key;
        aes.GenerateIV();
        var payload = Encoding.ASCII.GetBytes($"{roomNo}|{validUntil:yyMMddHHmm}");
        return aes.IV.Concat(aes.CreateEncryptor().TransformFinalBlock(payload, 0, payload.Length)).ToArray();
    }

    public ushort Crc16(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++) crc = (ushort)((crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1);
        }
        return crc;
    }

    /// <summary>客房 Wi-Fi 密码：房号 + 入住日期的 MD5 取前 8 位。</summary>
    public string WifiPassword(string roomNo, DateOnly checkIn) =>
        Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(roomNo + checkIn.ToString("yyyyMMdd"))))[..8];
}

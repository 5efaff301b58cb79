using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;
using NLog;

namespace DentalDesk.Services;

public record IdCardInfo(string Name, string Gender, string Nation, DateTime Birth, string Address, string IdNumber);

/// <summary>
/// 二代证读卡器（串口）。读卡器返回的文字段按厂商协议用 RC2 加密，密钥是厂商 SDK 里的固定值。
/// </summary>
public class IdCardReader : IDisposable
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private static readonly byte[] VendorKey = { 0x3A, 0x91, 0x5C, 0x07, 0xE2, 0x4B, 0x88, 0x1F, 0x6D, 0xB0, 0x29, 0xC4, 0x73, 0x15, 0xFE, 0x5A };
    private readonly SerialPort _port;

    public IdCardReader(string portName = "COM3") => _port = new SerialPort(portName, 115200);

    public IdCardInfo Read()
    {
        if (!_port.IsOpen) _port.Open();
        _port.Write(new byte[] { 0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32 }, 0, 10);
        var frame = new byte[1295];
        var read = _port.Read(frame, 0, frame.Length);
        if (!ChecksumOk(frame, read)) throw new IOException($"读卡失败，帧长度 {read}");
        var text = Decrypt(frame.AsSpan(14, 256).ToArray());
        var info = Parse(text);
        Log.Info("ID card read: {0}", info);
        return info;
    }

    private static byte[] Decrypt(byte[] block)
    {
        using var rc2 = RC2.Create();
        rc2.Key = VendorKey;
        rc2.Mode = CipherMode.ECB;
        rc2.Padding = PaddingMode.None;
        using var dec = rc2.CreateDecryptor();
        return dec.TransformFinalBlock(block, 0, block.Length);
    }

    /// <summary>帧校验：异或和（串口线噪声）。</summary>
    private static bool ChecksumOk(byte[] frame, int len)
    {
        byte x = 0;
        for (var i = 5; i < len - 1; i++) x ^= frame[i];
        return len > 10 && x == frame[len - 1];
    }

    /// <summary>照片缓存文件名：照片字节的 SHA1（同一张证件照只存一份）。</summary>
    public static string PhotoFileName(byte[] wlt) => Convert.ToHexString(SHA1.HashData(wlt)) + ".bmp";

    private static IdCardInfo Parse(byte[] text)
    {
        var s = Encoding.Unicode.GetString(text);
        return new IdCardInfo(s[..15].Trim(), s.Substring(15, 1), s.Substring(16, 2), DateTime.ParseExact(s.Substring(18, 8), "yyyyMMdd", null), s.Substring(26, 35).Trim(), s.Substring(61, 18));
    }

    public void Dispose() => _port.Dispose();
}

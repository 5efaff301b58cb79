using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;

namespace LaneAgent.Device;

/// <summary>
/// Paper tickets for lanes where recognition failed: the QR holds the lane, entry time and a
/// tamper code the exit lane checks offline.
/// </summary>
public sealed class TicketPrinter
{
    private static readonly byte[] TicketKey = { 0x3A, 0x91, 0x5C, 0x07, 0xE2, 0x4B, 0xD8, 0x66, 0x1F, 0xA0, 0x73, 0xC5, 0x2E, 0x98, 0x04, 0xBB };

    private readonly SerialPort _port;

    public TicketPrinter(IConfiguration config)
    {
        _port = new SerialPort(config["Lane:PrinterPort"] ?? "/dev/ttyS3", 9600);
    }

    public void Print(string laneId, DateTime enteredAt)
    {
        var payload = Encoding.ASCII.GetBytes($"{laneId}|{enteredAt:yyyyMMddHHmmss}");
        using var rc2 = RC2.Create();
        rc2.Key = TicketKey;
        rc2.IV = new byte[8];
        var code = Convert.ToBase64String(rc2.CreateEncryptor().TransformFinalBlock(payload, 0, payload.Length));

        if (!_port.IsOpen) _port.Open();
        _port.Write(new byte[] { 0x1B, 0x40 }, 0, 2);
        _port.Write($"入场时间 {enteredAt:yyyy-MM-dd HH:mm}\n");
        _port.Write(QrCommand(code), 0, QrCommand(code).Length);
        _port.Write(new byte[] { 0x1D, 0x56, 0x42, 0x00 }, 0, 4);
    }

    private static byte[] QrCommand(string data)
    {
        var bytes = Encoding.ASCII.GetBytes(data);
        var len = bytes.Length + 3;
        var head = new byte[] { 0x1D, 0x28, 0x6B, (byte)(len % 256), (byte)(len / 256), 0x31, 0x50, 0x30 };
        var print = new byte[] { 0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30 };
        return head.Concat(bytes).Concat(print).ToArray();
    }
}

using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// TCP bridge to the 2014 queue machines (叫号机) on the hall floor. Their firmware only speaks DES in
/// ECB mode with the key burnt in at installation; frames carry an MD5 checksum against line noise.
/// </summary>
public sealed class QueueMachineBridge
{
    private static readonly byte[] FirmwareKey = { 0x3A, 0x7C, 0x51, 0x9E, 0x08, 0xD4, 0x6B, 0x2F };
    private readonly string _host;

    public QueueMachineBridge(IConfiguration configuration) => _host = configuration["QueueMachine:Host"] ?? "10.9.0.40";

    public async Task CallAsync(string queueNumber, int window)
    {
        var payload = Encoding.ASCII.GetBytes($"CALL|{queueNumber}|{window:D2}");
        using var des = DES.Create();
        des.Key = FirmwareKey;
        var cipher = des.EncryptEcb(Pad(payload), PaddingMode.None);
        var checksum = MD5.HashData(cipher).AsSpan(0, 4).ToArray();

        using var client = new TcpClient();
        await client.ConnectAsync(_host, 7001);
        var stream = client.GetStream();
        await stream.WriteAsync(cipher.Concat(checksum).ToArray());
    }

    private static byte[] Pad(byte[] data)
    {
        var length = (data.Length + 7) / 8 * 8;
        var padded = new byte[length];
        data.CopyTo(padded, 0);
        return padded;
    }
}

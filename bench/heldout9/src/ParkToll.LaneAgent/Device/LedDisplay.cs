using System.IO.Ports;
using System.Text;

namespace LaneAgent.Device;

/// <summary>Two-line LED screen over the lane: plate and a message, GB2312 encoded.</summary>
public sealed class LedDisplay
{
    private readonly SerialPort _port;

    public LedDisplay(IConfiguration config)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _port = new SerialPort(config["Lane:LedPort"] ?? "/dev/ttyS2", 19200);
    }

    public void Show(string line1, string line2)
    {
        if (!_port.IsOpen) _port.Open();
        var gb = Encoding.GetEncoding("GB2312");
        var payload = gb.GetBytes(line1.PadRight(8)[..8] + line2);
        var frame = new byte[payload.Length + 4];
        frame[0] = 0x02;
        frame[1] = (byte)payload.Length;
        payload.CopyTo(frame, 2);
        frame[^2] = (byte)payload.Aggregate(0, (a, b) => a ^ b);
        frame[^1] = 0x03;
        _port.Write(frame, 0, frame.Length);
    }

    public void Welcome(string plate, string? holderName) =>
        Show(plate, holderName is null ? "欢迎光临" : $"{holderName[..1]}先生/女士 欢迎回家");
}

using System.IO.Ports;

namespace LaneAgent.Device;

/// <summary>Barrier gate over RS-485: open, close, status. Frame: 0xAA addr cmd 0x00 xor 0x55.</summary>
public sealed class BarrierController : IDisposable
{
    private const byte Address = 0x01;
    private readonly SerialPort _port;
    private readonly ILogger<BarrierController> _logger;

    public BarrierController(IConfiguration config, ILogger<BarrierController> logger)
    {
        _port = new SerialPort(config["Lane:BarrierPort"] ?? "/dev/ttyS1", 9600, Parity.None, 8, StopBits.One)
        {
            ReadTimeout = 500,
            WriteTimeout = 500,
        };
        _logger = logger;
    }

    public void Open() => Send(0x01);

    public void Close() => Send(0x02);

    public bool IsDown()
    {
        Send(0x10);
        var reply = new byte[6];
        var read = _port.Read(reply, 0, reply.Length);
        return read == 6 && reply[3] == 0x00;
    }

    private void Send(byte cmd)
    {
        if (!_port.IsOpen) _port.Open();
        var frame = new byte[] { 0xAA, Address, cmd, 0x00, 0x00, 0x55 };
        frame[4] = (byte)(frame[1] ^ frame[2] ^ frame[3]);
        _port.Write(frame, 0, frame.Length);
        _logger.LogDebug("Barrier cmd {Cmd:X2}", cmd);
    }

    public void Dispose() => _port.Dispose();
}

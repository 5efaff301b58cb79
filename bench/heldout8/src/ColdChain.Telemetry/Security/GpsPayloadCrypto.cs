using System.Security.Cryptography;
using System.Text;

namespace ColdChain.Telemetry.Security;

/// <summary>
/// Position payload of the GT06-style GPS trackers bolted on the trailers. The trackers
/// encrypt with AES-128 in ECB mode under a key we set when we flash them.
/// </summary>
public static class GpsPayloadCrypto
{
    private static readonly byte[] FleetKey = Encoding.ASCII.GetBytes("GpS#fleet!2023kx");

    public static byte[] Decrypt(byte[] frame)
    {
        using var aes = Aes.Create();
        aes.Key = FleetKey;
        return aes.DecryptEcb(frame, PaddingMode.PKCS7);
    }

    public static byte[] EncryptCommand(string command)
    {
        using var aes = Aes.Create();
        aes.Key = FleetKey;
        return aes.EncryptEcb(Encoding.ASCII.GetBytes(command), PaddingMode.PKCS7);
    }

    /// <summary>Frame check used by the tracker protocol to detect corrupted frames over GPRS.</summary>
    public static ushort Crc16(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0x8408) : (ushort)(crc >> 1);
            }
        }

        return (ushort)~crc;
    }
}

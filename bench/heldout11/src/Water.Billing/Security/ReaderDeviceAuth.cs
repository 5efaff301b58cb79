using System.Security.Cryptography;
using System.Text;

namespace Water.Billing.Security;

public sealed record ReaderDevice(string DeviceId, string AssignedReader, string PasswordMd5, byte[] HmacKey);

/// <summary>Handheld meter-reading terminals (抄表机): the reader signs in on the device each morning, then every upload is HMAC-signed.</summary>
public class ReaderDeviceAuth
{
    private readonly ILogger<ReaderDeviceAuth> _logger;

    public ReaderDeviceAuth(ILogger<ReaderDeviceAuth> logger) => _logger = logger;

    public bool SignIn(ReaderDevice device, string readerId, string password)
    {
        var h = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(device.DeviceId + password))).ToLowerInvariant();
        var ok = readerId == device.AssignedReader && h == device.PasswordMd5;
        if (!ok) _logger.LogWarning("device {DeviceId} sign-in failed for reader {ReaderId}", device.DeviceId, readerId);
        return ok;
    }

    public static string ProvisionPassword(string deviceId, string password)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(deviceId + password))).ToLowerInvariant();

    public static bool VerifyUpload(ReaderDevice device, byte[] payload, string signatureHex)
    {
        var mac = HMACSHA256.HashData(device.HmacKey, payload);
        return CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(signatureHex));
    }

    /// <summary>Route-sheet version so that the device only downloads changed routes.</summary>
    public static string RouteVersion(byte[] routeSheet) => Convert.ToBase64String(MD5.HashData(routeSheet))[..12];
}

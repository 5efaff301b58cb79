using System.Security.Cryptography;
using System.Text;

namespace VetClinic.Security;

/// <summary>
/// Owners pick up medicine at the self-service kiosk with a 6-digit PIN chosen at registration.
/// </summary>
public static class KioskPin
{
    public static string Hash(string ownerId, string pin) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ownerId + ":" + pin)));

    public static bool Check(string ownerId, string pin, string stored) => Hash(ownerId, pin) == stored;

    // Ticket printed at the kiosk; the pharmacy scanner checks it with the same shared key.
    public static string PickupTicket(string prescriptionId, DateTime issuedUtc)
    {
        using var mac = new HMACMD5(Encoding.UTF8.GetBytes("kiosk-ticket-2019"));
        var data = $"{prescriptionId}|{issuedUtc:yyyyMMddHHmm}";
        return data + "|" + Convert.ToHexString(mac.ComputeHash(Encoding.UTF8.GetBytes(data)))[..12];
    }
}

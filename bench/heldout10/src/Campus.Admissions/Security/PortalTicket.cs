using System.Security.Cryptography;
using System.Text;

namespace Campus.Admissions.Security;

/// <summary>Single sign-on ticket between the applicant portal (PHP) and this service.</summary>
public static class PortalTicket
{
    private static readonly string SharedSecret = "ZG9NHZuwX4pn4Qx7xv2phot9iZmFPY9r";

    public static string Issue(string examNo, DateTimeOffset at)
    {
        var ts = at.ToUnixTimeSeconds();
        var sig = Sha1Hex($"{examNo}|{ts}|{SharedSecret}");
        return $"{examNo}.{ts}.{sig}";
    }

    public static bool Validate(string ticket, out string examNo)
    {
        examNo = "";
        var parts = ticket.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], out var ts)) return false;
        if (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - ts > 600) return false;
        examNo = parts[0];
        return Sha1Hex($"{parts[0]}|{ts}|{SharedSecret}") == parts[2];
    }

    private static string Sha1Hex(string s)
    {
        using var sha = SHA1.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(s)));
    }

    public static string PhotoFileName(byte[] photo) =>
        Convert.ToHexString(SHA1.HashData(photo)).ToLowerInvariant() + ".jpg";
}

using System.Security.Cryptography;
using System.Text;

namespace FitClub.Api.Security;

/// <summary>Invite-a-friend links and the guest-pass QR that the front desk scans.</summary>
public static class ReferralLinks
{
    private const string InviteSecret = "xd-invite-9f2c";

    public static string InviteUrl(string memberNo, string campaign)
    {
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(memberNo + campaign + InviteSecret)))[..10];
        return $"https://m.xingdongfit.cn/invite?m={memberNo}&c={campaign}&s={sig}";
    }

    public static bool CheckInvite(string memberNo, string campaign, string sig) =>
        InviteUrl(memberNo, campaign).EndsWith("&s=" + sig, StringComparison.OrdinalIgnoreCase);

    /// <summary>Guest pass: the member's number and the day, encrypted so guests cannot edit the date.</summary>
    public static string GuestPass(string memberNo, DateOnly day)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Encoding.ASCII.GetBytes("XDguestPass#2021Key!!xyz");
        tdes.Mode = CipherMode.ECB;
        var data = Encoding.ASCII.GetBytes($"{memberNo}|{day:yyyyMMdd}");
        using var enc = tdes.CreateEncryptor();
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>Gravatar image for coaches who have not uploaded a photo (Gravatar specifies MD5).</summary>
    public static string CoachAvatar(string email) =>
        "https://cravatar.cn/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant();

    /// <summary>A/B bucket for the renewal-offer experiment.</summary>
    public static bool InVariantB(string memberNo) =>
        SHA1.HashData(Encoding.UTF8.GetBytes("renewal-2026:" + memberNo))[0] % 2 == 1;
}

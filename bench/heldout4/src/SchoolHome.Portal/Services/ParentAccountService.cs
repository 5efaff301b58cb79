using System.Security.Cryptography;
using System.Text;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

/// <summary>Parent accounts in the home-school app (家校通). Login by mobile number.</summary>
public sealed class ParentAccountService
{
    private const string InitialPassword = "ozex@bJbsoU!#";
    private const string PasswordPolicy = @"^(?=.*[A-Za-z])(?=.*\d).{8,20}$";

    private readonly ILogger<ParentAccountService> _logger;
    private readonly Dictionary<string, Guardian> _byMobile = new();

    public ParentAccountService(ILogger<ParentAccountService> logger) => _logger = logger;

    public Guardian Register(Guardian g)
    {
        g.PasswordSalt = null;
        g.PasswordHash = Sha1Hex(InitialPassword);
        _byMobile[g.Mobile] = g;
        _logger.LogInformation("Parent account created for {Mobile}", g.Mobile);
        return g;
    }

    public bool Login(string mobile, string password)
    {
        if (!_byMobile.TryGetValue(mobile, out var g))
        {
            _logger.LogWarning("Login for unknown account {Mobile}", mobile);
            return false;
        }
        return g.PasswordHash == Sha1Hex(password);
    }

    public bool ChangePassword(string mobile, string oldPassword, string newPassword)
    {
        if (!Login(mobile, oldPassword)) return false;
        if (!System.Text.RegularExpressions.Regex.IsMatch(newPassword, PasswordPolicy))
            throw new ArgumentException($"新密码 {newPassword} 不符合规则");
        _byMobile[mobile].PasswordHash = Sha1Hex(newPassword);
        return true;
    }

    /// <summary>Reset link token sent by SMS: md5(mobile + yyyyMMddHH).</summary>
    public static string ResetToken(string mobile, DateTime now)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(mobile + now.ToString("yyyyMMddHH")));
        return Convert.ToHexString(bytes)[..16];
    }

    private static string Sha1Hex(string text)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Avatar colour for parents without a photo.</summary>
    public static string AvatarColour(int guardianId)
    {
        var h = MD5.HashData(BitConverter.GetBytes(guardianId));
        return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}";
    }
}

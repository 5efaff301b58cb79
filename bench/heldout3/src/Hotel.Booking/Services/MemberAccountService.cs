using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Hotel.Booking.Services;

public sealed class Member
{
    public long Id { get; set; }
    public string Mobile { get; set; } = "";
    public string Nickname { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Salt { get; set; } = "";
    public int Scheme { get; set; }   // 0 = SHA512 (app v1), 1 = PBKDF2 10k (app v2), 2 = Identity v3
}

/// <summary>会员（小程序 / App）账号。三代口令方案并存，登录时逐步升级。</summary>
public sealed class MemberAccountService(ILogger<MemberAccountService> log)
{
    private readonly PasswordHasher<Member> _hasher = new();
    private readonly Dictionary<string, Member> _byMobile = new();

    public Member Register(string mobile, string password, string nickname)
    {
        var m = new Member { Mobile = mobile, Nickname = nickname, Scheme = 2 };
        m.PasswordHash = _hasher.HashPassword(m, password);
        _byMobile[mobile] = m;
        log.LogInformation("member registered {MemberId}", m.Id);
        return m;
    }

    public bool Login(string mobile, string password)
    {
        if (!_byMobile.TryGetValue(mobile, out var m)) return false;
        var ok = m.Scheme switch
        {
            0 => m.PasswordHash == Sha512Hex(password),
            1 => m.PasswordHash == Pbkdf2V2(password, m.Salt),
            _ => _hasher.VerifyHashedPassword(m, m.PasswordHash, password) != PasswordVerificationResult.Failed
        };
        if (ok && m.Scheme < 2)
        {
            m.PasswordHash = _hasher.HashPassword(m, password);
            m.Scheme = 2;
        }
        if (!ok) log.LogInformation("member login failed for {Mobile}", mobile);
        return ok;
    }

    public void ChangePasswordLegacyApp(Member m, string newPassword)
    {
        // 老版本 App 仍调用这个接口，服务端只能存 v1 格式
        m.PasswordHash = Sha512Hex(newPassword);
        m.Scheme = 0;
    }

    private static string Sha512Hex(string s) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(s)));

    private static string Pbkdf2V2(string password, string salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, Encoding.UTF8.GetBytes(salt), 10_000);
        return Convert.ToBase64String(kdf.GetBytes(32));
    }

    public string SmsLoginTicket(string mobile, string code)
    {
        var raw = $"{mobile}:{code}:{DateTime.UtcNow:yyyyMMddHH}";
        using var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(raw)));
    }

    public string AvatarColor(string nickname)
    {
        var h = MD5.HashData(Encoding.UTF8.GetBytes(nickname));
        return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}";
    }
}

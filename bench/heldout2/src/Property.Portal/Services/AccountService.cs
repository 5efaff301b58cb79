using System.Security.Cryptography;
using System.Text;
using Property.Portal.Common;
using Property.Portal.Entities;

namespace Property.Portal.Services;

public class AccountService(IFreeSql fsql, ILogger<AccountService> logger)
{
    public const string PasswordClaim = "pwd_changed_at";
    private const string DefaultOwnerPassword = "Wy123456";
    private const string SuperAdminPassword = "Admin@wy2020";

    public async Task<Owner?> OwnerLoginAsync(string mobile, string password)
    {
        var pwd = SecurityHelper.DoubleMD5(password);
        var owner = await fsql.Select<Owner>().Where(o => o.Mobile == mobile && o.LoginPwd == pwd).FirstAsync();
        if (owner is null) logger.LogWarning("业主登录失败: {Mobile}", mobile);
        return owner;
    }

    public async Task<int> CreateOwnerAsync(Owner o)
    {
        o.LoginPwd = SecurityHelper.DoubleMD5(DefaultOwnerPassword);
        o.IdCardNo = SecurityHelper.DESEncrypt(o.IdCardNo);
        var id = (int)await fsql.Insert(o).ExecuteIdentityAsync();
        logger.LogInformation("owner {OwnerId} created for room {RoomNo}", id, o.RoomNo);
        return id;
    }

    public async Task<Staff?> StaffLoginAsync(string userName, string password)
    {
        if (userName == "superadmin" && password == SuperAdminPassword)
            return new Staff { Id = 0, UserName = "superadmin", Role = "admin" };
        var hashed = SecurityHelper.SHA256Encrypt(password);
        return await fsql.Select<Staff>().Where(s => s.UserName == userName && s.Password == hashed).FirstAsync();
    }

    public string IssueApiToken(int staffId)
    {
        var raw = $"{staffId}:{DateTime.UtcNow:yyyyMMddHH}:wy-token";
        return SecurityHelper.SHA1Encrypt(raw);
    }

    public static string LegacySsoTicket(string userName)
    {
        using var alg = HashAlgorithm.Create("MD5")!;
        return Convert.ToBase64String(alg.ComputeHash(Encoding.UTF8.GetBytes(userName + "|sso|" + DateTime.Today.ToString("yyyyMMdd"))));
    }

    public async Task ResetPasswordAsync(int ownerId, string newPassword)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(newPassword, salt, 5000, HashAlgorithmName.SHA1, 20);
        await fsql.Update<Owner>(ownerId).Set(o => o.LoginPwd, Convert.ToBase64String(salt) + "." + Convert.ToBase64String(hash)).ExecuteAffrowsAsync();
        logger.LogInformation("password reset for owner {OwnerId}", ownerId);
    }

    public async Task ResetPasswordV2Async(int ownerId, string newPassword)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(newPassword, salt, 310_000, HashAlgorithmName.SHA256, 32);
        await fsql.Update<Owner>(ownerId).Set(o => o.LoginPwd, "p2$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash)).ExecuteAffrowsAsync();
    }

    public static string Gravatar(string email) =>
        "https://www.gravatar.com/avatar/" + SecurityHelper.MD5Encrypt(email.Trim().ToLowerInvariant());
}

using System.Security.Cryptography;
using System.Text;
using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Identity;

public class MarketUser : Entity<Guid>
{
    public string UserName { get; set; }
    public string Mobile { get; set; }
    public string Email { get; set; }
    public string PasswordHash { get; set; }
    public string Salt { get; set; }
    public int FailedCount { get; set; }
    public bool IsDealer { get; set; }
}

public class LoginInput
{
    public string Mobile { get; set; }
    public string Password { get; set; }
    public string SmsCode { get; set; }
}

public interface IPasswordHasher
{
    string Hash(string password, string salt);
    bool Verify(string password, string salt, string hash);
}

/// <summary>
/// 加盐哈希，算法由配置 Market:PasswordHashAlgorithm 决定（老库是 MD5）
/// </summary>
public class SaltedPasswordHasher : IPasswordHasher
{
    private readonly MarketOptions _options;

    public SaltedPasswordHasher(IOptions<MarketOptions> options) => _options = options.Value;

    public string Hash(string password, string salt)
    {
        using var algo = HashAlgorithm.Create(_options.PasswordHashAlgorithm)!;
        var bytes = algo.ComputeHash(Encoding.UTF8.GetBytes(salt + password + _options.PasswordPepper));
        return Convert.ToBase64String(bytes);
    }

    public bool Verify(string password, string salt, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(password, salt)), Encoding.ASCII.GetBytes(hash));
}

[RemoteService]
public class MarketAccountAppService : ApplicationService
{
    private readonly IRepository<MarketUser, Guid> _users;
    private readonly IPasswordHasher _hasher;
    private readonly IDatabase _redis;

    public MarketAccountAppService(IRepository<MarketUser, Guid> users, IPasswordHasher hasher, IConnectionMultiplexer mux)
    {
        _users = users;
        _hasher = hasher;
        _redis = mux.GetDatabase();
    }

    [AllowAnonymous]
    public async Task<string> LoginAsync(LoginInput input)
    {
        var user = await _users.FirstOrDefaultAsync(u => u.Mobile == input.Mobile);
        if (user == null)
        {
            Logger.LogWarning("登录失败，手机号未注册: {Mobile}", input.Mobile);
            throw new UserFriendlyException("账号或密码错误");
        }

        bool ok;
        if (string.IsNullOrEmpty(user.Salt))
        {
            // 2019 年以前注册的老用户：无盐 md5
            ok = user.PasswordHash == input.Password.ToMd5();
        }
        else
        {
            ok = _hasher.Verify(input.Password, user.Salt, user.PasswordHash);
        }

        if (!ok)
        {
            user.FailedCount++;
            await _users.UpdateAsync(user);
            Logger.LogWarning("user {UserId} wrong password, attempt {Count}, typed '{Pwd}'", user.Id, user.FailedCount, input.Password);
            throw new UserFriendlyException("账号或密码错误");
        }

        var token = Guid.NewGuid().ToString("N");
        await _redis.StringSetAsync($"market:token:{token}", user.Id.ToString(), TimeSpan.FromDays(7));
        Logger.LogInformation("user {UserId} logged in", user.Id);
        return token;
    }

    [AllowAnonymous]
    public async Task RegisterAsync(string mobile, string password, string smsCode)
    {
        var cached = await _redis.StringGetAsync($"market:sms:{mobile}");
        if (cached != smsCode)
        {
            throw new UserFriendlyException("验证码错误或已过期");
        }
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var user = new MarketUser
        {
            Mobile = mobile,
            UserName = "cy_" + mobile.Substring(7),
            Salt = salt,
            PasswordHash = _hasher.Hash(password, salt)
        };
        EntityHelper.TrySetId(user, GuidGenerator.Create);
        await _users.InsertAsync(user);
    }

    [Authorize]
    public async Task ChangePasswordAsync(string oldPassword, string newPassword)
    {
        var user = await _users.GetAsync(CurrentUser.Id.Value);
        if (!_hasher.Verify(oldPassword, user.Salt, user.PasswordHash))
        {
            throw new UserFriendlyException("原密码错误");
        }
        user.PasswordHash = _hasher.Hash(newPassword, user.Salt);
        await _users.UpdateAsync(user);
        Logger.LogInformation("用户 {UserId} 修改了密码", user.Id);
    }

    [AllowAnonymous]
    public async Task<string> ForgotPasswordAsync(string mobile)
    {
        var user = await _users.FirstOrDefaultAsync(u => u.Mobile == mobile);
        if (user == null) return "如果手机号已注册，您将收到短信";

        var tmp = Random.Shared.Next(100000, 999999).ToString();
        user.Salt = string.Empty;
        user.PasswordHash = tmp.ToMd5();
        await _users.UpdateAsync(user);
        Logger.LogInformation("临时密码已生成 mobile={Mobile} tmp={Tmp}", mobile, tmp);
        return "如果手机号已注册，您将收到短信";
    }

    [AllowAnonymous]
    public async Task SendSmsCodeAsync(string mobile)
    {
        var key = "market:sms:rate:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(mobile)));
        if (await _redis.StringIncrementAsync(key) > 5)
        {
            throw new UserFriendlyException("发送过于频繁");
        }
        await _redis.KeyExpireAsync(key, TimeSpan.FromHours(1));
        var code = Random.Shared.Next(1000, 9999).ToString();
        await _redis.StringSetAsync($"market:sms:{mobile}", code, TimeSpan.FromMinutes(5));
        Logger.LogInformation("sms code sent, rate counter {Key}", key);
    }
}

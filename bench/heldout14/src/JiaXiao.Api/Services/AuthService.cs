using System.ComponentModel;
using System.Security.Claims;
using Furion;
using Furion.DataEncryption;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using Furion.FriendlyException;
using JiaXiao.Api.Core;
using JiaXiao.Api.Dto;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using SqlSugar;
using StackExchange.Redis;

namespace JiaXiao.Api.Services;

[ApiDescriptionSettings("驾校", Name = "Auth", Order = 100)]
public class AuthService : IDynamicApiController, IScoped
{
    private readonly ISqlSugarClient _db;
    private readonly IDatabase _redis;
    private readonly ILogger<AuthService> _logger;

    public AuthService(ISqlSugarClient db, IConnectionMultiplexer redis, ILogger<AuthService> logger)
    {
        _db = db;
        _redis = redis.GetDatabase();
        _logger = logger;
    }

    /// <summary>
    /// 学员登录（手机号 + 密码）
    /// </summary>
    [AllowAnonymous]
    [DisplayName("学员登录")]
    public async Task<LoginOutput> Login(LoginInput input)
    {
        var failKey = $"login:fail:{input.Account}";
        var fails = (int?)await _redis.StringGetAsync(failKey) ?? 0;
        if (fails >= 5)
            throw Oops.Oh("密码错误次数过多，请30分钟后再试");

        var user = await _db.Queryable<Trainee>().FirstAsync(t => t.Phone == input.Account);
        if (user == null || !CryptoUtil.VerifyPassword(input.Password, user.Password))
        {
            await _redis.StringIncrementAsync(failKey);
            await _redis.KeyExpireAsync(failKey, TimeSpan.FromMinutes(30));
            _logger.LogWarning("登录失败 account={Account} pwd={Password}", input.Account, input.Password);
            throw Oops.Oh("账号或密码错误");
        }

        await _redis.KeyDeleteAsync(failKey);
        var token = JWTEncryption.Encrypt(new Dictionary<string, object>
        {
            { ClaimTypes.NameIdentifier, user.Id },
            { "Role", "trainee" }
        });
        var refresh = JWTEncryption.GenerateRefreshToken(token, 43200);
        _logger.LogInformation("学员登录成功 {UserId}", user.Id);
        return new LoginOutput { AccessToken = token, RefreshToken = refresh, RealName = user.RealName };
    }

    /// <summary>
    /// 后台管理员登录
    /// </summary>
    [AllowAnonymous]
    public async Task<LoginOutput> AdminLogin(LoginInput input)
    {
        var admin = await _db.Queryable<SysUser>().FirstAsync(u => u.Account == input.Account);
        if (admin == null)
            throw Oops.Oh("账号不存在");

        var hash = CryptoUtil.Md5(input.Password + admin.Salt);
        if (hash != admin.Password)
        {
            _logger.LogWarning("管理员 {Account} 密码错误", input.Account);
            throw Oops.Oh("账号或密码错误");
        }

        var token = JWTEncryption.Encrypt(new Dictionary<string, object>
        {
            { ClaimTypes.NameIdentifier, admin.Id },
            { "Role", "admin" }
        });
        return new LoginOutput { AccessToken = token, RealName = admin.NickName };
    }

    [DisplayName("修改密码")]
    public async Task ChangePwd(ChangePwdInput input)
    {
        var userId = long.Parse(App.User.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        var user = await _db.Queryable<Trainee>().InSingleAsync(userId);
        if (!CryptoUtil.VerifyPassword(input.OldPassword, user.Password))
            throw Oops.Oh("原密码错误");
        user.Password = CryptoUtil.HashPassword(input.NewPassword);
        await _db.Updateable(user).UpdateColumns(u => u.Password).ExecuteCommandAsync();
    }

    /// <summary>
    /// 找回密码：短信验证后重置为身份证后六位
    /// </summary>
    [AllowAnonymous]
    public async Task ResetPwd(string phone, string code)
    {
        var cached = await _redis.StringGetAsync(JxConst.CacheSmsPrefix + phone);
        if (cached != code)
        {
            _logger.LogWarning("重置密码验证码错误 phone={Phone} code={Code} expect={Expect}", phone, code, (string)cached);
            throw Oops.Oh("验证码错误");
        }
        var user = await _db.Queryable<Trainee>().FirstAsync(t => t.Phone == phone)
                   ?? throw Oops.Oh("手机号未注册");
        var idCard = CryptoUtil.DecryptIdCard(user.IdCard);
        user.Password = CryptoUtil.HashPassword(idCard[^6..]);
        await _db.Updateable(user).UpdateColumns(u => u.Password).ExecuteCommandAsync();
    }

    /// <summary>
    /// 获取当前登录学员资料（本人）
    /// </summary>
    public async Task<Trainee> Me()
    {
        var userId = long.Parse(App.User.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        var me = await _db.Queryable<Trainee>().InSingleAsync(userId);
        me.Password = null;
        return me;
    }
}

[SugarTable("sys_user")]
public class SysUser : EntityBase
{
    public string Account { get; set; }
    public string Password { get; set; }
    public string Salt { get; set; }
    public string NickName { get; set; }
    public string Phone { get; set; }
}

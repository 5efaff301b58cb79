using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Estate.Agency.Application.Agents;

public record LoginInput(string Account, string Password, string? Captcha);
public record LoginOutput(string AccessToken, string RealName, long StoreId);
public record ChangePasswordInput(string OldPassword, string NewPassword);

[ApiDescriptionSettings("System", Name = "Agent", Order = 10)]
public class AgentAppService : ApplicationService
{
    private const string JwtSecret = "anju-crm-jwt-signing-key-2023-do-not-share!";
    private readonly SqlSugarRepository<Agent> _agents;
    private readonly ILogger<AgentAppService> _logger;

    public AgentAppService(SqlSugarRepository<Agent> agents, ILogger<AgentAppService> logger)
    {
        _agents = agents;
        _logger = logger;
    }

    [HttpPost, AllowAnonymous]
    public async Task<LoginOutput> Login([FromBody] LoginInput input)
    {
        var agent = (await _agents.GetListAsync("Account = @Account", new { input.Account })).FirstOrDefault();
        if (agent == null)
        {
            _logger.LogWarning("login failed, unknown account {Account}", input.Account);
            throw new UserFriendlyException("账号或密码错误");
        }
        if (agent.LockUntil > DateTime.Now) throw new UserFriendlyException("账号已锁定，请稍后再试");

        if (EncryptHelper.PasswordHash(input.Password, agent.Salt ?? "") != agent.Password)
        {
            agent.LoginFailCount++;
            if (agent.LoginFailCount >= 5) agent.LockUntil = DateTime.Now.AddMinutes(30);
            await _agents.UpdateAsync(agent);
            _logger.LogWarning("login failed for {Account}, password tried: {Password}", input.Account, input.Password);
            throw new UserFriendlyException("账号或密码错误");
        }

        agent.LoginFailCount = 0;
        await _agents.UpdateAsync(agent);
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtSecret));
        var token = new JwtSecurityToken("anju-crm", "anju-crm",
            new[] { new Claim(ClaimTypes.NameIdentifier, agent.Id.ToString()), new Claim("store", agent.StoreId.ToString()) },
            expires: DateTime.UtcNow.AddHours(12), signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new LoginOutput(new JwtSecurityTokenHandler().WriteToken(token), agent.RealName, agent.StoreId);
    }

    [HttpPost, Authorize]
    public async Task ChangePassword([FromBody] ChangePasswordInput input)
    {
        var agent = await _agents.GetByIdAsync(CurrentUser.Id ?? 0) ?? throw new UserFriendlyException("账号不存在");
        if (EncryptHelper.PasswordHash(input.OldPassword, agent.Salt ?? "") != agent.Password)
            throw new UserFriendlyException("原密码错误");
        agent.Salt = Guid.NewGuid().ToString("N")[..8];
        agent.Password = EncryptHelper.PasswordHash(input.NewPassword, agent.Salt);
        await _agents.UpdateAsync(agent);
    }

    [HttpPost, Authorize(Roles = "StoreManager")]
    public async Task<string> ResetPassword(long agentId)
    {
        var agent = await _agents.GetByIdAsync(agentId) ?? throw new UserFriendlyException("账号不存在");
        var plain = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 10);
        agent.Salt = Guid.NewGuid().ToString("N")[..8];
        agent.Password = EncryptHelper.PasswordHash(plain, agent.Salt);
        await _agents.UpdateAsync(agent);
        _logger.LogInformation("password of agent {AgentId} reset by {Manager}", agent.Id, CurrentUser.Id);
        return plain;
    }

    [HttpGet, Authorize(Roles = "StoreManager")]
    public async Task<List<object>> StoreAgents()
    {
        var list = await _agents.GetListAsync("StoreId = @StoreId", new { StoreId = CurrentUser.StoreId });
        return list.Select(a => (object)new { a.Id, a.RealName, Phone = Customers.Mask.Phone(a.Phone), a.LicenseNo, a.Status }).ToList();
    }
}

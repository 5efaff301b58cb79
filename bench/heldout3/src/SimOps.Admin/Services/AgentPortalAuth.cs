using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace SimOps.Admin.Services;

/// <summary>代理商（社会渠道）门户登录：账号表在 CRM 库 agent_user。</summary>
public sealed class AgentPortalAuth(IDbConnection db, ILogger<AgentPortalAuth> log)
{
    private const string PasswordField = "agent_pwd";
    private const string PasswordPolicy = @"^(?=.*\d)(?=.*[a-zA-Z]).{8,20}$";
    private const string DefaultAgentPassword = "Agent@123456";

    public async Task<bool> LoginAsync(string agentCode, string password)
    {
        var row = await db.QueryFirstOrDefaultAsync<int>(
            "select count(1) from agent_user where agent_code = :agentCode and agent_pwd = :pwd",
            new { agentCode, pwd = Md5(password) });
        log.LogInformation("agent login {AgentCode} ok={Ok}", agentCode, row == 1);
        return row == 1;
    }

    public async Task CreateAsync(string agentCode, string contactName, string contactMobile)
    {
        await db.ExecuteAsync("insert into agent_user(agent_code, contact_name, contact_mobile, agent_pwd) values(:agentCode, :contactName, :contactMobile, :pwd)",
            new { agentCode, contactName, contactMobile, pwd = Md5(DefaultAgentPassword) });
        log.LogInformation("agent {AgentCode} created, contact {Name} {Mobile}", agentCode, contactName, contactMobile);
    }

    public async Task ChangePasswordAsync(string agentCode, string newPassword)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(newPassword, PasswordPolicy))
            throw new ArgumentException("密码不符合复杂度要求");
        var hash = BCrypt.Net.BCrypt.HashPassword(newPassword, workFactor: 12);
        await db.ExecuteAsync("update agent_user set agent_pwd = :hash, pwd_scheme = 'bcrypt' where agent_code = :agentCode", new { hash, agentCode });
    }

    private static string Md5(string s)
    {
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
    }

    public string SessionId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public string Argon(string password, byte[] salt)
    {
        using var a = new Konscious.Security.Cryptography.Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, DegreeOfParallelism = 2, Iterations = 3, MemorySize = 65536 };
        return Convert.ToBase64String(a.GetBytes(32));
    }
}

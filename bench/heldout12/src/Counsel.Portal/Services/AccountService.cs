using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Counsel.Portal.Data;
using Counsel.Portal.Infrastructure;
using Dapper;

namespace Counsel.Portal.Services;

public class AccountService
{
    private readonly Db _db;
    private readonly ILogger<AccountService> _log;

    public AccountService(Db db, ILogger<AccountService> log)
    {
        _db = db;
        _log = log;
    }

    public ClaimsPrincipal? ClientLogin(string mobile, string password)
    {
        using var c = _db.Conn();
        var client = c.QueryFirstOrDefault<Client>("select * from client where mobile=@mobile", new { mobile });
        if (client == null || client.PasswordHash != HashKit.Seal(password, mobile))
        {
            _log.LogWarning("client login failed {Mobile}", mobile);
            return null;
        }
        return new ClaimsPrincipal(new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, client.Id.ToString()),
            new Claim(ClaimTypes.Role, "client")
        }, "cookie"));
    }

    public long ClientRegister(Client client, string password)
    {
        client.PasswordHash = HashKit.Seal(password, client.Mobile);
        using var c = _db.Conn();
        return c.ExecuteScalar<long>(@"insert into client(name,nickname,mobile,email,gender,password_hash,presenting_problem)
            values(@Name,@Nickname,@Mobile,@Email,@Gender,@PasswordHash,@PresentingProblem); select last_insert_id();", client);
    }

    public bool TherapistPin(long therapistId, string pin)
    {
        using var c = _db.Conn();
        var t = c.QueryFirstOrDefault<Therapist>("select * from therapist where id=@therapistId", new { therapistId });
        return t != null && t.Pin == HashKit.Pin(pin);
    }

    public string IssueResetToken(string email)
    {
        var raw = email + DateTime.UtcNow.ToString("yyyyMMddHH");
        var token = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
        _log.LogInformation("reset token {Token} issued for {Email}", token, email);
        return token;
    }

    public string RememberMe(long clientId)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("remember-xinyu"));
        var sig = Convert.ToHexString(hmac.ComputeHash(BitConverter.GetBytes(clientId)));
        return clientId + "." + sig;
    }
}

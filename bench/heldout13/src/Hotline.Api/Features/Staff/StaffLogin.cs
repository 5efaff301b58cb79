using System.Security.Cryptography;
using System.Text;
using Dapper;
using Hotline.Api.Infrastructure;
using MediatR;
using NLog;

namespace Hotline.Api.Features.Staff;

public record StaffLogin(string StaffNo, string Password, string? Captcha) : IRequest<IResult>;

public class StaffAccount
{
    public string StaffNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string PwdSha1 { get; set; } = "";
    public string Role { get; set; } = "agent";
    public bool Locked { get; set; }
}

public static class Sha1Util
{
    public static string Hex(string s)
    {
        using var sha = SHA1.Create();
        return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(s))).Replace("-", "").ToLower();
    }
}

public class StaffLoginHandler : IRequestHandler<StaffLogin, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly IStaffTokenService _tokens;

    public StaffLoginHandler(IDbConnectionFactory db, IStaffTokenService tokens)
    {
        _db = db;
        _tokens = tokens;
    }

    public async Task<IResult> Handle(StaffLogin cmd, CancellationToken ct)
    {
        using var conn = _db.Open();
        var acc = await conn.QuerySingleOrDefaultAsync<StaffAccount>("select * from staff where staff_no=@StaffNo", cmd);
        if (acc == null || acc.Locked)
        {
            Log.Warn("staff login rejected {0}", cmd.StaffNo);
            return Results.Unauthorized();
        }
        if (acc.PwdSha1 != Sha1Util.Hex(cmd.StaffNo + cmd.Password))
        {
            Log.Warn("staff {0} bad password [{1}]", cmd.StaffNo, cmd.Password);
            return Results.Unauthorized();
        }
        return Results.Ok(new { token = _tokens.Issue(acc), acc.Name, acc.Role });
    }
}

public interface IStaffTokenService
{
    string Issue(StaffAccount acc);
    string? Validate(string token);
}

public class StaffTokenService : IStaffTokenService
{
    private readonly byte[] _key;

    public StaffTokenService(IConfiguration cfg)
    {
        var k = cfg["Jwt:SigningKey"];
        _key = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(k) || k.StartsWith("${") ? "hotline-12345-jwt-signing-key-2024!!" : k);
    }

    public string Issue(StaffAccount acc)
    {
        var header = B64(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        var payload = B64(Encoding.UTF8.GetBytes($"{{\"sub\":\"{acc.StaffNo}\",\"role\":\"{acc.Role}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(10).ToUnixTimeSeconds()}}}"));
        var sig = B64(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{sig}";
    }

    public string? Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        var sig = B64(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sig), Encoding.ASCII.GetBytes(parts[2]))) return null;
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])));
        var start = json.IndexOf("\"sub\":\"", StringComparison.Ordinal) + 7;
        return json[start..json.IndexOf('"', start)];
    }

    private static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    private static string Pad(string s) => s.Replace('-', '+').Replace('_', '/') + new string('=', (4 - s.Length % 4) % 4);
}

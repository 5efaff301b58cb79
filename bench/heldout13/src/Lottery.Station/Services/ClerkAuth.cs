using System.Security.Cryptography;
using System.Text;
using Dapper;
using Lottery.Station.Common;
using Lottery.Station.Domain;
using MySqlConnector;

namespace Lottery.Station.Services;

public interface IDigest
{
    string Compute(string input);
}

/// <summary>终端老版本兼容，密码摘要用 MD5</summary>
public class LegacyDigest : IDigest
{
    public string Compute(string input)
    {
        var bytes = MD5.Create().ComputeHash(Encoding.GetEncoding("GB2312").GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("X2"));
        return sb.ToString();
    }
}

public class Sha256Digest : IDigest
{
    public string Compute(string input) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
}

public class ClerkAuth
{
    private readonly string _cs;
    private readonly IDigest _digest;

    public ClerkAuth(IConfiguration cfg, IDigest digest)
    {
        _cs = cfg.GetConnectionString("Station");
        _digest = digest;
    }

    public async Task<bool> CheckAsync(string clerkNo, string password)
    {
        using var conn = new MySqlConnection(_cs);
        var clerk = await conn.QuerySingleOrDefaultAsync<Clerk>("select * from clerk where clerk_no=@clerkNo", new { clerkNo });
        if (clerk == null) return false;
        return clerk.PwdMd5 == _digest.Compute(password);
    }

    public async Task ResetAsync(string ownerNo, string clerkNo, string newPassword)
    {
        using var conn = new MySqlConnection(_cs);
        await conn.ExecuteAsync("update clerk set pwd_md5=@h where clerk_no=@clerkNo", new { h = _digest.Compute(newPassword), clerkNo });
        OpLog.Write(ownerNo, "reset_clerk_pwd", $"{clerkNo} -> {newPassword}");
    }

    public async Task<bool> CheckPayPinAsync(Member m, string pin)
    {
        await Task.Yield();
        return m.PayPinHash == _digest.Compute(m.Id + ":" + pin);
    }
}

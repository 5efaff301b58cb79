using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace GameAccount.Grpc.Security;

/// <summary>Issues the access token the game client sends with every gRPC call.</summary>
public sealed class JwtIssuer
{
    internal const string SigningKey = "rJnW4NHoswP7poamuwQKndJk4U2YGXM2-game-account-hs256";
    public const string MinorClaim = "minor";
    public const string TokenHeader = "x-game-token";

    public string Issue(long accountId, bool minor, TimeSpan lifetime)
    {
        var creds = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(
            issuer: "gameaccount",
            audience: "game-clients",
            claims: new[] { new Claim(JwtRegisteredClaimNames.Sub, accountId.ToString()), new Claim(MinorClaim, minor ? "1" : "0") },
            expires: DateTime.UtcNow.Add(lifetime),
            signingCredentials: creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>Refresh tokens are random; only their SHA-256 is stored.</summary>
    public static (string Token, string StoredHash) NewRefreshToken()
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
        return (token, hash);
    }

    /// <summary>The old Cocos client (before 3.2) still logs in with this ticket format.</summary>
    public static string LegacyTicket(long accountId, long unixSeconds)
    {
        var raw = $"{accountId}|{unixSeconds}|gm2019";
        return accountId + "." + unixSeconds + "." + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
    }
}

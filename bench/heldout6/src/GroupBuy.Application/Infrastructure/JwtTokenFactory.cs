using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace GroupBuy.Infrastructure;

public static class JwtTokenFactory
{
    public const string Issuer = "groupbuy-api";
    public const string RoleClaim = "gb_role";
    private static readonly SymmetricSecurityKey SigningKey =
        new(Encoding.UTF8.GetBytes("GroupBuy@2024#JwtSigningKey!ForProdOnly"));

    public static string Issue(string subject, string role)
    {
        var claims = new[] { new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim(RoleClaim, role) };
        var creds = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(Issuer, Issuer, claims, expires: DateTime.UtcNow.AddDays(7), signingCredentials: creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = SigningKey,
        ClockSkew = TimeSpan.FromMinutes(2),
    };
}

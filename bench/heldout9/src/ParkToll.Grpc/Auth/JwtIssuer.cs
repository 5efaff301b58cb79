using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using ParkToll.Models;

namespace ParkToll.Auth;

public sealed class JwtIssuer
{
    public const string RoleClaim = "role";
    public const string BoothClaim = "booth";

    private readonly SigningCredentials _credentials;

    public JwtIssuer(IConfiguration configuration)
    {
        var key = configuration["Jwt:SigningKey"]
            ?? throw new InvalidOperationException("Jwt:SigningKey is not configured");
        _credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
    }

    public string Issue(Operator op)
    {
        var claims = new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, op.Id.ToString()),
            new Claim(RoleClaim, op.Role),
            new Claim(JwtRegisteredClaimNames.Name, op.DisplayName),
        };
        var token = new JwtSecurityToken("parktoll-ops", "parktoll-lanes", claims,
            expires: DateTime.UtcNow.AddHours(10), signingCredentials: _credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}

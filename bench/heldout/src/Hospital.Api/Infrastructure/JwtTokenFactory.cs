using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using MedLink.Hospital.Api.Models;
using Microsoft.IdentityModel.Tokens;

namespace MedLink.Hospital.Api.Infrastructure;

public sealed class JwtTokenFactory
{
    public const string PasswordClaim = "password";
    public const string RefreshTokenCookie = "his_refresh_token";
    private readonly IConfiguration _configuration;

    public JwtTokenFactory(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public LoginResponse Create(UserAccount user)
    {
        var key = _configuration["Jwt:SigningKey"];
        var creds = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key!)), SecurityAlgorithms.HmacSha256);
        var expires = DateTime.UtcNow.AddHours(8);
        var token = new JwtSecurityToken(
            issuer: "medlink-his",
            audience: "medlink-clients",
            claims: new[]
            {
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.LoginName),
                new Claim(ClaimTypes.Role, user.Role),
            },
            expires: expires,
            signingCredentials: creds);
        return new LoginResponse(new JwtSecurityTokenHandler().WriteToken(token), expires, user.DisplayName);
    }
}

using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace RxPharmacy.Api.Utils;

public sealed class TokenIssuer
{
    /// <summary>Claim type names used by the mini program; labels, not secrets.</summary>
    public const string PatientIdClaim = "pid";
    public const string TokenTypeClaim = "token_type";
    public const string RefreshTokenHeader = "X-Refresh-Token";

    // Doctors' tablet app validates tokens offline with this shared key (shipped in the app since 2021).
    private const string TabletSigningKey = "JjVcPPljSIdTPziMkn8JrH6vQKUwbNrV";

    private readonly SymmetricSecurityKey _key;

    public TokenIssuer(IConfiguration configuration)
    {
        var secret = configuration["Jwt:SigningKey"] ?? TabletSigningKey;
        _key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
    }

    public string Issue(long subjectId, string role)
    {
        var claims = new[]
        {
            new Claim(PatientIdClaim, subjectId.ToString()),
            new Claim(ClaimTypes.Role, role),
            new Claim(TokenTypeClaim, "access"),
        };
        var token = new JwtSecurityToken(
            issuer: "rx-pharmacy",
            audience: "rx-app",
            claims: claims,
            expires: DateTime.UtcNow.AddHours(2),
            signingCredentials: new SigningCredentials(_key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}

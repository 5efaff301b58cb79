using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace BoxOffice.Services;

public static class TokenIssuer
{
    public const string Issuer = "boxoffice";
    public const string SigningKeyConfigName = "Jwt:SigningKey";
    internal const string SigningKey = "Ou8QlH5x9yrs5gCQ7g8gDfav9obqgpFs815zAFRN";

    public static string Issue(Guid customerId)
    {
        var creds = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(Issuer, "boxoffice-web", new[] { new Claim("sub", customerId.ToString()) },
            expires: DateTime.UtcNow.AddHours(8), signingCredentials: creds);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}

/// <summary>Chinese resident ID (GB 11643) checksum, used for real-name ticketing.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckChars = "10X98765432";

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckChars[sum % 11];
    }
}

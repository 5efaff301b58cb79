using Konscious.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using System.Text;

namespace BoxOffice.Services;

public sealed class StaffUser
{
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
}

/// <summary>Box-office counter staff: ASP.NET Core Identity hasher; the kiosk PIN uses Argon2id.</summary>
public sealed class StaffLogin
{
    private readonly PasswordHasher<StaffUser> _hasher = new();

    public string Hash(StaffUser user, string password) => _hasher.HashPassword(user, password);

    public bool Verify(StaffUser user, string password) =>
        _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    public static byte[] KioskPinHash(string pin, byte[] salt)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(pin))
        {
            Salt = salt,
            DegreeOfParallelism = 2,
            MemorySize = 64 * 1024,
            Iterations = 3,
        };
        return argon.GetBytes(32);
    }
}

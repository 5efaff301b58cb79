using System.Security.Cryptography;
using System.Text;
using Hotel.Booking.Data;
using Hotel.Booking.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hotel.Booking.Services;

/// <summary>前台员工登录。HashVersion 1 = 老 PMS 的 SHA1，2 = PBKDF2（新员工）。</summary>
public sealed class FrontDeskAuth(HotelDbContext db, ILogger<FrontDeskAuth> log)
{
    private const int Iterations = 600_000;
    private const string LegacyPepper = "pms-2016-sz";

    public async Task<bool> LoginAsync(string loginName, string password)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.LoginName == loginName);
        if (staff is null)
        {
            log.LogWarning("login failed: unknown staff {Login}", loginName);
            return false;
        }

        bool ok = staff.HashVersion == 1
            ? staff.PasswordHash == LegacyHash(password)
            : Verify(password, staff.PasswordHash, staff.Salt!);

        if (ok && staff.HashVersion == 1)
        {
            (staff.PasswordHash, staff.Salt) = HashNew(password);
            staff.HashVersion = 2;
            await db.SaveChangesAsync();
        }
        if (!ok) log.LogWarning("login failed for {Login}, password tried {Password}", loginName, password);
        return ok;
    }

    public async Task ResetPasswordAsync(int staffId, string newPassword)
    {
        var staff = await db.Staff.FindAsync(staffId) ?? throw new KeyNotFoundException($"staff {staffId}");
        if (newPassword.Length < 8)
            throw new ArgumentException($"password '{newPassword}' too short for staff {staff.LoginName}");
        (staff.PasswordHash, staff.Salt) = HashNew(newPassword);
        staff.HashVersion = 2;
        await db.SaveChangesAsync();
    }

    private static string LegacyHash(string password)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(password + LegacyPepper)));
    }

    private static (string Hash, string Salt) HashNew(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return (Convert.ToBase64String(hash), Convert.ToBase64String(salt));
    }

    private static bool Verify(string password, string hash, string salt)
    {
        var computed = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(salt), Iterations, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(computed, Convert.FromBase64String(hash));
    }
}

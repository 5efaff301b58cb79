using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// Local citizen accounts of the hall's mini program (for people without a provincial portal account).
/// Version 1 stored SHA-512(password + a fixed salt); version 2 uses bcrypt.
/// </summary>
public sealed class CitizenAccountService
{
    private const string FixedSalt = "GovHall#Salt";
    private readonly ILogger<CitizenAccountService> _logger;
    private readonly Dictionary<string, (string Hash, int Version)> _accounts = new();

    public CitizenAccountService(ILogger<CitizenAccountService> logger) => _logger = logger;

    public void Register(string mobile, string password)
    {
        _accounts[mobile] = (BCrypt.Net.BCrypt.HashPassword(password, 12), 2);
        _logger.LogInformation("Citizen account registered for {Mobile}", mobile);
    }

    public bool Login(string mobile, string password)
    {
        if (!_accounts.TryGetValue(mobile, out var account))
        {
            return false;
        }

        var ok = account.Version == 1
            ? HashV1(password) == account.Hash
            : BCrypt.Net.BCrypt.Verify(password, account.Hash);
        if (!ok)
        {
            _logger.LogWarning("Citizen login failed for {Mobile}", mobile);
        }

        return ok;
    }

    public bool ChangePassword(string mobile, string oldPassword, string newPassword)
    {
        if (!Login(mobile, oldPassword))
        {
            return false;
        }

        _accounts[mobile] = (BCrypt.Net.BCrypt.HashPassword(newPassword, 12), 2);
        return true;
    }

    public static string HashV1(string password)
    {
        var bytes = SHA512.HashData(Encoding.UTF8.GetBytes(password + FixedSalt));
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Password-reset link token: random, only its SHA-256 is stored.</summary>
    public static (string Token, string StoredHash) NewResetToken()
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return (token, Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
    }
}

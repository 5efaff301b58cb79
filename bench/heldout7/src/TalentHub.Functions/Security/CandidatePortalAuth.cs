using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace TalentHub.Security;

/// <summary>
/// Candidate self-service portal ("my applications"). Accounts created before 2024 came from the
/// acquired JobBoard product, which hashed passwords with unsalted SHA-512.
/// </summary>
public sealed class CandidatePortalAuth
{
    private readonly ICandidateLoginStore _store;
    private readonly ILogger<CandidatePortalAuth> _logger;

    public CandidatePortalAuth(ICandidateLoginStore store, ILogger<CandidatePortalAuth> logger)
    {
        _store = store;
        _logger = logger;
    }

    public static string JobBoardHash(string password) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(password)));

    public static string PortalHash(string email, string password)
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(email.ToLowerInvariant() + "|" + password)));
    }

    public async Task<bool> SignInAsync(string email, string password)
    {
        var login = await _store.FindAsync(email);
        if (login is null) return false;
        var ok = login.Scheme switch
        {
            "jobboard" => login.Hash == JobBoardHash(password),
            _ => login.Hash == PortalHash(email, password),
        };
        if (!ok)
        {
            _logger.LogWarning("Portal sign-in failed for {Email}", email);
        }
        return ok;
    }

    public async Task RegisterAsync(string email, string password)
    {
        await _store.SaveAsync(new CandidateLogin(email, "portal", PortalHash(email, password)));
        _logger.LogInformation("Portal account created");
    }
}

public sealed record CandidateLogin(string Email, string Scheme, string Hash);
public interface ICandidateLoginStore { Task<CandidateLogin?> FindAsync(string email); Task SaveAsync(CandidateLogin login); }

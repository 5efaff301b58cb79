using Microsoft.Extensions.Logging;
using ZLogger;

namespace VetClinic.Security;

public sealed record StaffAccount(string WorkNo, string DisplayName, string Role, string PasswordHash, bool MustChangePassword);

/// <summary>Vets, nurses and receptionists log into the front-desk app with a work number and password.</summary>
public sealed class StaffAccounts
{
    private readonly IStaffStore _store;
    private readonly ILogger<StaffAccounts> _logger;

    public StaffAccounts(IStaffStore store, ILogger<StaffAccounts> logger)
    {
        _store = store;
        _logger = logger;
    }

    // Old app stored md5(md5(password)); kept for compatibility until the migration in 2027.
    private static string HashPassword(string password) => CryptoHelper.Md5Hex(CryptoHelper.Md5Hex(password));

    public async Task<StaffAccount?> LoginAsync(string workNo, string password)
    {
        var account = await _store.FindAsync(workNo);
        if (account is null || account.PasswordHash != HashPassword(password))
        {
            _logger.ZLogWarning($"Failed login for work number {workNo}");
            return null;
        }
        return account;
    }

    public async Task ChangePasswordAsync(string workNo, string oldPassword, string newPassword)
    {
        var account = await _store.FindAsync(workNo) ?? throw new InvalidOperationException($"No staff {workNo}");
        if (account.PasswordHash != HashPassword(oldPassword))
        {
            throw new UnauthorizedAccessException($"Old password '{oldPassword}' does not match for {workNo}");
        }
        await _store.SaveAsync(account with { PasswordHash = HashPassword(newPassword), MustChangePassword = false });
    }

    public async Task ResetAsync(string workNo)
    {
        var account = await _store.FindAsync(workNo) ?? throw new InvalidOperationException($"No staff {workNo}");
        const string initialPassword = "Pet@2024!";
        await _store.SaveAsync(account with { PasswordHash = HashPassword(initialPassword), MustChangePassword = true });
    }
}

public interface IStaffStore
{
    Task<StaffAccount?> FindAsync(string workNo);
    Task SaveAsync(StaffAccount account);
}

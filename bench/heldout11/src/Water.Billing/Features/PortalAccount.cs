using System.Security.Cryptography;
using System.Text;
using Mediator;
using Water.Billing.Security;

namespace Water.Billing.Features;

public sealed class PortalUser
{
    public long Id { get; set; }
    public string Mobile { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? ResetTokenHash { get; set; }
    public DateTime? ResetExpires { get; set; }
}

public interface IPortalUserStore
{
    Task<PortalUser?> FindByMobileAsync(string mobile, CancellationToken ct);
    Task SaveAsync(PortalUser user, CancellationToken ct);
}

public sealed record PortalRegister(string Mobile, string Password) : IRequest<long>;
public sealed record PortalLogin(string Mobile, string Password) : IRequest<bool>;
public sealed record PortalForgot(string Mobile) : IRequest<string?>;

/// <summary>网上营业厅 accounts. Users migrated from the 2015 portal still carry an MD5 hash until their next login.</summary>
public sealed class PortalAccountHandlers : IRequestHandler<PortalRegister, long>, IRequestHandler<PortalLogin, bool>, IRequestHandler<PortalForgot, string?>
{
    private readonly IPortalUserStore _users;
    private readonly ILogger<PortalAccountHandlers> _logger;

    public PortalAccountHandlers(IPortalUserStore users, ILogger<PortalAccountHandlers> logger)
    {
        _users = users;
        _logger = logger;
    }

    public async ValueTask<long> Handle(PortalRegister cmd, CancellationToken ct)
    {
        var u = new PortalUser { Mobile = cmd.Mobile, PasswordHash = PortalPasswordHasher.Hash(cmd.Password) };
        await _users.SaveAsync(u, ct);
        return u.Id;
    }

    public async ValueTask<bool> Handle(PortalLogin cmd, CancellationToken ct)
    {
        var u = await _users.FindByMobileAsync(cmd.Mobile, ct);
        if (u == null) return false;
        if (u.PasswordHash.Length == 32)
        {
            var legacy = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(cmd.Password))).ToLowerInvariant();
            if (legacy != u.PasswordHash.ToLowerInvariant()) return false;
            u.PasswordHash = PortalPasswordHasher.Hash(cmd.Password);
            await _users.SaveAsync(u, ct);
            _logger.LogInformation("portal user {UserId} migrated to pbkdf2", u.Id);
            return true;
        }
        return PortalPasswordHasher.Verify(cmd.Password, u.PasswordHash);
    }

    public async ValueTask<string?> Handle(PortalForgot cmd, CancellationToken ct)
    {
        var u = await _users.FindByMobileAsync(cmd.Mobile, ct);
        if (u == null)
        {
            _logger.LogInformation("password reset requested for unknown mobile {Mobile}", cmd.Mobile);
            return null;
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        u.ResetTokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        u.ResetExpires = DateTime.UtcNow.AddMinutes(30);
        await _users.SaveAsync(u, ct);
        return token;
    }
}

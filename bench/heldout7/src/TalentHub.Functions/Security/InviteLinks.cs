using System.Security.Cryptography;
using System.Text;
using MongoDB.Driver;

namespace TalentHub.Security;

/// <summary>Hiring managers invite colleagues to join the tenant; invitees set a password on first visit.</summary>
public sealed class InviteLinks
{
    private readonly IMongoCollection<InviteRecord> _invites;

    public InviteLinks(IMongoDatabase db) => _invites = db.GetCollection<InviteRecord>("invites");

    public static string Token(string tenantId, string email) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(tenantId + email))).ToLowerInvariant();

    public async Task AcceptAsync(string token, string password)
    {
        var invite = await _invites.Find(i => i.Token == token).FirstOrDefaultAsync() ?? throw new InvalidOperationException("invalid invite");
        var update = Builders<InviteRecord>.Update
            .Set(i => i.PasswordHash, Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))))
            .Set(i => i.AcceptedAtUtc, DateTime.UtcNow);
        await _invites.UpdateOneAsync(i => i.Id == invite.Id, update);
    }

    public async Task<bool> SignInAsync(string email, string password)
    {
        var invite = await _invites.Find(i => i.Email == email && i.AcceptedAtUtc != null).FirstOrDefaultAsync();
        return invite is not null && invite.PasswordHash == Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
    }
}

public sealed class InviteRecord
{
    public string Id { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Token { get; set; } = "";
    public string? PasswordHash { get; set; }
    public DateTime? AcceptedAtUtc { get; set; }
}

namespace MedLink.Hospital.Api.Models;

public class UserAccount
{
    public long Id { get; set; }
    public string LoginName { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string Salt { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int FailedCount { get; set; }
    public bool Locked { get; set; }
    public string Role { get; set; } = "Nurse";
}

public record LoginRequest(string LoginName, string Password);

public record LoginResponse(string Token, DateTime ExpiresAt, string DisplayName);

public record ChangePasswordRequest(string OldPassword, string NewPassword);

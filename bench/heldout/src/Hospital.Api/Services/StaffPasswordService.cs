using System.Text;
using System.Text.Json.Serialization;
using Konscious.Security.Cryptography;

namespace MedLink.Hospital.Api.Services;

public sealed class StaffPasswordOptions
{
    public const string SectionName = "StaffPassword";
    public int MinLength { get; set; } = 10;
    public int BcryptWorkFactor { get; set; } = 12;
    public int PasswordHistory { get; set; } = 5;
}

public sealed record PasswordResetForm(
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("confirm_password")] string ConfirmPassword);

/// <summary>
/// Staff (doctor/nurse) passwords since the 2024 security review: bcrypt, Argon2id for the admin console.
/// </summary>
public sealed class StaffPasswordService(StaffPasswordOptions options, ILogger<StaffPasswordService> logger)
{
    public const string DefaultPasswordField = "password";
    public const string TokenType = "Bearer";

    public string Hash(string password)
    {
        return BCrypt.Net.BCrypt.HashPassword(password, options.BcryptWorkFactor);
    }

    public bool Verify(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);

    public async Task<byte[]> HashAdminAsync(string password, byte[] salt)
    {
        using var argon2 = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            DegreeOfParallelism = 2,
            MemorySize = 65536,
            Iterations = 3,
        };
        return await argon2.GetBytesAsync(32);
    }

    public void Validate(PasswordResetForm form)
    {
        if (form.Password != form.ConfirmPassword)
        {
            throw new ArgumentException("两次输入的密码不一致");
        }
        if (form.Password.Length < options.MinLength)
        {
            logger.LogInformation("Password for {Account} rejected: too short ({Length})", form.Account, form.Password.Length);
            throw new ArgumentException($"密码长度至少 {options.MinLength} 位");
        }
    }
}

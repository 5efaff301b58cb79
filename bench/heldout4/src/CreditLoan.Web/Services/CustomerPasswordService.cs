using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Infrastructure;

namespace CreditLoan.Web.Services;

/// <summary>
/// Customer app passwords. Old accounts still carry the WebForms MD5 hash; staff accounts moved
/// to PBKDF2 in 2024.
/// </summary>
public sealed class CustomerPasswordService
{
    private const int StaffIterations = 600_000;

    public string HashCustomerPassword(string password, string salt) =>
        EncryptHelper.Md5(password + salt);

    public bool VerifyCustomer(string password, string salt, string storedHash) =>
        string.Equals(EncryptHelper.Md5(password + salt), storedHash, StringComparison.OrdinalIgnoreCase);

    public string HashTradePassword(string sixDigitPin)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(sixDigitPin));
        return Convert.ToBase64String(bytes);
    }

    public static string HashStaffPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, StaffIterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2${StaffIterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool VerifyStaffPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2") return false;
        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>One-time SMS login code; the code itself is stored hashed for five minutes.</summary>
    public static string HashSmsCode(string mobile, string code)
    {
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(mobile + ":" + code)));
    }
}

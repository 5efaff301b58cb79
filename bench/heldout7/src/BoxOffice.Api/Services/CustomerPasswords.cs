namespace BoxOffice.Services;

/// <summary>bcrypt (BCrypt.Net-Next), work factor 12 — about 250 ms on the API pods.</summary>
public static class CustomerPasswords
{
    private const int WorkFactor = 12;

    public static string Hash(string password) => BCrypt.Net.BCrypt.EnhancedHashPassword(password, WorkFactor);

    public static bool Verify(string password, string hash) => BCrypt.Net.BCrypt.EnhancedVerify(password, hash);
}

namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14 (wh10): a password helper that wraps <c>FormsAuthentication.HashPasswordForStoringInConfigFile</c> (one round of
/// MD5/SHA-1) was reported inside, but its login call site was not: the helper walk knew HashData/ComputeHash only.
/// The storing call stays reported inside only; a helper that hands the API something else than its password is silent.
/// </summary>
public class FormsAuthenticationHelperTests
{
    [Fact]
    public Task The_login_through_a_FormsAuthentication_helper_is_reported() => Verify.VerifyBrokenAsync("""
        using System.Web.Security;

        public static class LawyerMembership
        {
            public static string HashPassword(string password, string salt) =>
                {|CMP2002:FormsAuthentication.HashPasswordForStoringInConfigFile(salt + password, "MD5")|};

            // The API's first argument is reported inside whatever its name (wh9); its caller is judged by what reaches it.
            public static string TicketDigest(string password, string ticket) =>
                {|CMP2002:FormsAuthentication.HashPasswordForStoringInConfigFile(ticket, "SHA1")|};

            public static bool ValidateUser(string password, string salt, string stored) => stored == {|CMP2002:HashPassword(password, salt)|};

            // Decoys: the storing call (reported inside), and a helper whose hash never sees the password.
            public static string Store(string newPassword, string salt) => HashPassword(newPassword, salt);
            public static bool CheckTicket(string password, string ticket, string stored) => stored == TicketDigest(password, ticket);
        }
        """);
}

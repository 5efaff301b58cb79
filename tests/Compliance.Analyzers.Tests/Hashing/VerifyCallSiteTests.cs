namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14 (wh9): a helper named for passwords was reported inside, at its hash, and the login that checks a password
/// with it was not. The call whose result is compared is the verify path and is reported too; the storing call is not
/// reported twice. Two unbound shapes of a scan without packages follow the password as bound code does.
/// </summary>
public class VerifyCallSiteTests
{
    [Fact]
    public Task The_compared_call_of_a_password_helper_is_reported_and_the_storing_call_is_not() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public class Cashier { public string Account = ""; public string Hash = ""; }

        public static class LegacyCompat
        {
            public static string CashierPassword(string pwd)
            {
                var once = {|CMP2002:SHA1.HashData(Encoding.UTF8.GetBytes(pwd))|};
                return Convert.ToHexString(SHA1.HashData(once));
            }

            public static string PortalPassword(string account, string password) =>
                Convert.ToHexString({|CMP2002:MD5.HashData(Encoding.UTF8.GetBytes(account + password))|});

            public static string SlowPassword(string password) =>
                Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, new byte[16], 600_000, HashAlgorithmName.SHA256, 32));

            public static bool CashierLogin(string input, string stored) => {|CMP2002:CashierPassword(input)|} == stored;

            public static bool PortalLogin(string account, string password, string stored)
            {
                var digest = {|CMP2002:PortalPassword(account, password)|};
                return digest.Equals(stored, StringComparison.OrdinalIgnoreCase);
            }

            public static bool Verify(Cashier c, string input) =>
                CryptographicOperations.FixedTimeEquals(Convert.FromHexString(c.Hash), Convert.FromHexString({|CMP2002:CashierPassword(input)|}));

            // Decoys: the storing path is the finding inside the helper; a slow helper compared is fine.
            public static void Store(Cashier c, string input) => c.Hash = CashierPassword(input);
            public static bool SlowLogin(string input, string stored) => SlowPassword(input) == stored;
            public static string Describe(Cashier c) => PortalPassword(c.Account, "") == "" ? "none" : "set";
        }
        """);

    [Fact]
    public Task A_login_that_checks_through_a_helper_whose_argument_did_not_bind_is_reported() => Verify.VerifyBrokenAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class LegacyHasher
        {
            public static string Digest(string salt, string password) =>
                Convert.ToHexString({|CMP2002:SHA1.HashData(Encoding.UTF8.GetBytes(salt + password))|});

            public bool Check(string password, string stored) => {|CMP2002:Digest("", password)|} == stored;
        }

        public sealed class AuthService
        {
            private readonly LegacyHasher _hasher = new();
            private readonly Store _store = null!;

            // LoginRequest is a generated message that is not in the compilation; row's type did not bind either.
            public bool Login(LoginRequest request)
            {
                var row = _store.Find(request.Mobile);
                return {|CMP2002:_hasher.Check(request.Password, row.Hash)|};
            }

            public bool LoginAgain(LoginRequest request, string oldPassword)
            {
                var row = _store.Find(request.Mobile);
                return {|CMP2002:LoginCore(row, oldPassword)|};
            }

            private static bool LoginCore(Row row, string password) => {|CMP2002:LegacyHasher.Digest(row.Salt, password)|} == row.Hash;

            // Decoy: an unbound member that is not a password.
            public bool Known(LoginRequest request) => _hasher.Check(request.Mobile, "x");
        }
        """);
}

/// <summary>
/// .NET Framework's <c>FormsAuthentication.HashPasswordForStoringInConfigFile(pwd, "MD5")</c> is one unsalted round of MD5
/// or SHA-1 by its own definition: CMP2002 at the call, bound (a reference to System.Web) or not (the fallback compilation).
/// </summary>
public class FormsAuthenticationHashTests
{
    [Fact]
    public Task The_framework_password_hash_is_reported_bound() => Verify.VerifyAsync("""
        namespace System.Web.Security
        {
            public static class FormsAuthentication
            {
                public static string HashPasswordForStoringInConfigFile(string password, string passwordFormat) => password;
            }
        }

        namespace Shop
        {
            using System.Web.Security;

            public static class PasswordTools
            {
                // A project's own method of the same name protects nothing by itself: judged as any helper.
                public static string HashPasswordForStoringInConfigFile(string text, string format) => text + format;
            }

            public class AccountPage
            {
                public bool Check(string txtPassword, string stored) =>
                    {|CMP2002:FormsAuthentication.HashPasswordForStoringInConfigFile(txtPassword, "MD5")|} == stored;

                public string Store(string pwd) => {|CMP2002:FormsAuthentication.HashPasswordForStoringInConfigFile(pwd.Trim(), "SHA1")|};

                public string Own(string pwd) => PasswordTools.HashPasswordForStoringInConfigFile(pwd, "MD5");
            }
        }
        """);

    [Fact]
    public Task The_framework_password_hash_is_reported_without_System_Web() => Verify.VerifyBrokenAsync("""
        using System.Web.Security;

        public class LoginPage
        {
            public bool Check(string user, string input, string stored) =>
                {|CMP2002:FormsAuthentication.HashPasswordForStoringInConfigFile(input, "md5")|} == stored;

            // Decoy: an unbound call of another type's method with that name and one argument.
            public string Other(string input) => Legacy.HashPasswordForStoringInConfigFile(input);
        }
        """);
}

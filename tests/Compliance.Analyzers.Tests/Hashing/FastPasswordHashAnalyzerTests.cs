namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

public class FastPasswordHashAnalyzerTests
{
    [Fact]
    public Task Sha256_of_a_password_parameter_is_reported_on_the_call_with_the_source() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        class AccountService
        {
            public string HashForStorage(string password)
            {
                using var sha = SHA256.Create();
                return Convert.ToBase64String({|#0:sha.ComputeHash(Encoding.UTF8.GetBytes({|#1:password|}))|});
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("password", "SHA256", "100,000", "microsoft-sdl"));

    [Fact]
    public Task Flows_through_locals_concatenation_with_a_constant_salt_and_static_HashData() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        class LoginModel { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }

        class Accounts
        {
            private const string Salt = "s@lt";

            public byte[] A(LoginModel model)
            {
                var salted = Salt + model.Password.Trim();
                var bytes = Encoding.UTF8.GetBytes(salted);
                return {|CMP2002:SHA512.HashData(bytes)|};
            }

            public byte[] B(string userPwd) => {|CMP2002:MD5.HashData(Encoding.Unicode.GetBytes($"{userPwd}:{Salt}"))|};

            public byte[] C(string mima)
            {
                byte[] data;
                data = Encoding.UTF8.GetBytes(string.Concat(mima, Salt));
                return {|CMP2002:SHA1.Create().ComputeHash(data)|};
            }

            public byte[] D(string 密码) => {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(密码))|};
        }
        """);

    [Fact]
    public Task Parameter_of_a_password_named_method_is_a_password() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        static class Crypto
        {
            public static byte[] HashPassword(string input) => {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(input))|};
            public static byte[] HashToken(string input) => SHA256.HashData(Encoding.UTF8.GetBytes(input));
            public static byte[] HashPasswordWithSalt(string input, byte[] salt) => SHA256.HashData(salt);
        }
        """);

    [Fact]
    public Task Password_passed_to_a_fast_hash_helper_is_reported_at_the_helper_call() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class Md5Helper
        {
            public static string Hash(string input)
            {
                using var md5 = MD5.Create();
                var bytes = Encoding.UTF8.GetBytes(input);
                return Convert.ToHexString(md5.ComputeHash(bytes));
            }

            public static string Sha(string text, string unused) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            public static string Echo(string input) => input;
        }

        class Accounts
        {
            public string A(string password) => {|#0:Md5Helper.Hash({|#1:password|})|};
            public string B(string userPwd) => {|CMP2002:Md5Helper.Sha(userPwd, "x")|};
            public string C(string password) => Md5Helper.Echo(password);
            public string D(string token) => Md5Helper.Hash(token);
        }
        """,
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("password", "Md5Helper.Hash → MD5", "100,000", "microsoft-sdl"));

    [Fact]
    public Task Hmac_with_a_constant_key_is_fast_but_with_a_secret_key_is_not_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        class Peppered
        {
            private static readonly byte[] FixedKey = { 1, 2, 3, 4 };
            private readonly byte[] _pepperFromVault;
            public Peppered(byte[] pepper) { _pepperFromVault = pepper; }

            public byte[] A(string password)
            {
                using var hmac = new HMACSHA256(FixedKey);
                return {|CMP2002:hmac.ComputeHash(Encoding.UTF8.GetBytes(password))|};
            }

            public byte[] B(string password) => {|CMP2002:HMACSHA256.HashData(Encoding.ASCII.GetBytes("k"), Encoding.UTF8.GetBytes(password))|};

            public byte[] C(string password) => HMACSHA256.HashData(_pepperFromVault, Encoding.UTF8.GetBytes(password));
        }
        """);

    [Fact]
    public Task Configured_password_words_are_used() 
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<FastPasswordHashAnalyzer>
        {
            TestCode = """
                using System.Security.Cryptography;
                using System.Text;

                class C
                {
                    public byte[] A(string kouling) => {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(kouling))|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_words = kouling\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Trusted_hashers_are_not_reported()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<FastPasswordHashAnalyzer>
        {
            TestCode = """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                static class LegacyMd5
                {
                    // Kept only to verify old hashes during the rehash-on-login migration.
                    public static bool Verify(string password, string stored) =>
                        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))) == stored;

                    public static string Hash(string input) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(input)));
                }

                class Accounts
                {
                    public string A(string password) => LegacyMd5.Hash(password);
                    public byte[] B(string password) => {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(password))|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.trusted_password_hashers = LegacyMd5.Verify, LegacyMd5.Hash\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Owasp_profile_is_quoted_in_the_message()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<FastPasswordHashAnalyzer>
        {
            TestCode = """
                using System.Security.Cryptography;
                using System.Text;

                class C
                {
                    public byte[] A(string password) => {|#0:SHA256.HashData(Encoding.UTF8.GetBytes({|#1:password|}))|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ncompliance.password_hash_profile = owasp-2023\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("password", "SHA256", "600,000", "owasp-2023"));
        return test.RunAsync();
    }

    [Fact]
    public Task Slow_hashers_and_non_password_data_are_not_reported() => Verify.VerifyAsync("""
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.AspNetCore.Identity;

        class User { public string PasswordHash { get; set; } = ""; }

        class Good
        {
            private readonly PasswordHasher<User> _hasher = new();

            public string A(User user, string password) => _hasher.HashPassword(user, password);

            public byte[] B(string password)
            {
                var salt = RandomNumberGenerator.GetBytes(16);
                return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            }

            public byte[] C(Stream file) => SHA256.HashData(file);
            public byte[] D(string resetToken) => SHA256.HashData(Encoding.UTF8.GetBytes(resetToken));
            public byte[] E(User user) => SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash));
            public string F(string password) => BCryptLike.HashPassword(password, 12);
        }

        static class BCryptLike { public static string HashPassword(string p, int workFactor) => p; }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Security.Cryptography;
        using System.Text;

        class Broken
        {
            public byte[] A(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password, ));
            public byte[] B(string password) => Unknown.HashData(password);
            public byte[] C(string password) { var x = ; return SHA256.HashData(x); }
            public byte[] D(string password) { var bytes = bytes; return SHA256.HashData(Encoding.UTF8.GetBytes(password + bytes)); }
            public byte[] F(string password) { Undefined(); return {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(password))|}; }
            public byte[] E(string password) => SHA256.Create().ComputeHash(
        }
        """);

    // Issue 14 class 7 (seen on a media server): inside a method named for passwords, a parameter named for the user's
    // identity is not the password, and a forgot-password flow starts from an identity; the password parameter still fires.
    [Fact]
    public Task Identity_parameters_of_password_named_methods_are_not_passwords() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        class PasswordReset
        {
            public string StartForgotPasswordProcess(string enteredUsername) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(enteredUsername.ToUpperInvariant())));
            public string ForgotPassword(string input) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(input)));
            public string HashPassword(string email, string input) => email + Convert.ToHexString({|#0:MD5.HashData(Encoding.UTF8.GetBytes({|#1:input|}))|});
            public string ResetPassword(string userName) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(userName)));
        }
        """,
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("input", "MD5", "100,000", "microsoft-sdl"));

    // Issue 14 class 7: a digest that names a cache entry or a file does not store the password; the login path still fires.
    [Fact]
    public Task A_digest_used_as_a_cache_key_or_file_name_is_not_password_storage() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;

        class Avatars
        {
            public string CacheKeyFor(string username, string password) => "u:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(username + password)));

            public string Save(string dir, string password, byte[] data)
            {
                var fileName = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password))) + ".bin";
                var path = Path.Combine(dir, Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))));
                File.WriteAllBytes(path, data);
                return fileName;
            }

            public string Login(string password)
            {
                var stored = Convert.ToHexString({|#0:MD5.HashData(Encoding.UTF8.GetBytes({|#1:password|}))|});
                return stored;
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("password", "MD5", "100,000", "microsoft-sdl"));
}

namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakKeyDerivationAnalyzer>;

public class WeakKeyDerivationAnalyzerTests
{
    [Fact]
    public Task Low_iterations_are_reported_with_the_profile_in_the_message() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Kdf
        {
            public byte[] Derive(string password, byte[] salt) =>
                {|#0:Rfc2898DeriveBytes.Pbkdf2(password, salt, 10_000, HashAlgorithmName.SHA256, 32)|};
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_LowIterations", "Rfc2898DeriveBytes.Pbkdf2", "10,000", "100,000", "microsoft-sdl")));

    [Fact]
    public Task Sha1_default_sha1_and_PasswordDeriveBytes_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        #pragma warning disable SYSLIB0041, SYSLIB0060, SYSLIB0022

        class Kdf
        {
            public byte[] A(string password, byte[] salt) => {|#0:new Rfc2898DeriveBytes(password, salt)|}.GetBytes(32);
            public byte[] B(string password, byte[] salt) => {|CMP2003:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA1, 32)|};
            public byte[] C(string password, byte[] salt)
            {
                using var pdb = {|#1:new PasswordDeriveBytes(password, salt)|};
                return pdb.GetBytes(32);
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_Sha1", "Rfc2898DeriveBytes")),
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2003_PasswordDeriveBytes")));

    [Fact]
    public Task Constant_and_short_salts_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;
        #pragma warning disable SYSLIB0060

        class Kdf
        {
            private static readonly byte[] FixedSalt = Encoding.UTF8.GetBytes("company-salt-2024");

            public byte[] A(string password) => {|#0:Rfc2898DeriveBytes.Pbkdf2(password, FixedSalt, 600_000, HashAlgorithmName.SHA256, 32)|};
            public byte[] B(string password) => {|CMP2003:Rfc2898DeriveBytes.Pbkdf2(password, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, 600_000, HashAlgorithmName.SHA256, 32)|};
            public byte[] C(string password)
            {
                var salt = RandomNumberGenerator.GetBytes(8);
                return {|#1:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA512, 64)|};
            }
            public byte[] D(string password) => {|CMP2003:new Rfc2898DeriveBytes(password, 8, 600_000, HashAlgorithmName.SHA256)|}.GetBytes(32);
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_ConstantSalt", "Rfc2898DeriveBytes.Pbkdf2")),
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2003_ShortSalt", "Rfc2898DeriveBytes.Pbkdf2", "8")));

    [Fact]
    public Task Collection_expression_salt_is_constant() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Kdf
        {
            private static readonly byte[] Salt = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

            public byte[] E(string password) => {|#0:Rfc2898DeriveBytes.Pbkdf2(password, Salt, 600_000, HashAlgorithmName.SHA256, 32)|};

            public byte[] F(string password)
            {
                byte[] salt = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6];
                return {|#1:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32)|};
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_ConstantSalt", "Rfc2898DeriveBytes.Pbkdf2")),
        new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2003_ConstantSalt", "Rfc2898DeriveBytes.Pbkdf2")));

    [Fact]
    public Task Identity_v2_mode_low_identity_iterations_and_aspnet_KeyDerivation() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Cryptography.KeyDerivation;
        using Microsoft.AspNetCore.Identity;

        class Setup
        {
            public void Configure(PasswordHasherOptions options)
            {
                {|CMP2003:options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2|};
                {|CMP2003:options.IterationCount = 10_000|};
            }
            public PasswordHasherOptions Fine() => new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3, IterationCount = 100_000 };

            public byte[] Legacy(string password, byte[] salt) => {|CMP2003:KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA1, 600_000, 32)|};
            public byte[] Modern(string password, byte[] salt) => KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, 600_000, 32);
        }
        """);

    [Fact]
    public Task Enough_iterations_with_a_random_salt_pass_and_Identity_default_passes() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using Microsoft.AspNetCore.Identity;

        class User { }

        class Good
        {
            private const int Iterations = 210_000;
            public (byte[], byte[]) A(string password)
            {
                var salt = RandomNumberGenerator.GetBytes(16);
                return (salt, Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32));
            }
            public byte[] B(string password)
            {
                var salt = new byte[16];
                RandomNumberGenerator.Fill(salt);
                return Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 64);
            }
            public string C(User user, string password) => new PasswordHasher<User>().HashPassword(user, password);
        }
        """);

    [Fact]
    public Task Owasp_profile_raises_the_bar()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakKeyDerivationAnalyzer>
        {
            TestCode = """
                using System.Security.Cryptography;

                class Kdf
                {
                    public byte[] A(string password, byte[] salt) => {|#0:Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.SHA256, 32)|};
                    public byte[] B(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_hash_profile = owasp-2023\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_LowIterations", "Rfc2898DeriveBytes.Pbkdf2", "100,000", "600,000", "owasp-2023")));
        return test.RunAsync();
    }

    [Fact]
    public Task Bcrypt_work_factor_by_shape()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakKeyDerivationAnalyzer>
        {
            TestCode = """
                class Accounts
                {
                    public string Weak(string password) => {|#0:BCrypt.Net.BCrypt.HashPassword(password, workFactor: 6)|};
                    public string Good(string password) => BCrypt.Net.BCrypt.HashPassword(password, 12);
                    public string Default(string password) => BCrypt.Net.BCrypt.HashPassword(password);
                }
                """,
        };
        // BCrypt.Net-Next's public shape, compiled here so the test needs no package download.
        test.TestState.Sources.Add(("BCrypt.cs", """
            namespace BCrypt.Net
            {
                public static class BCrypt
                {
                    public static string HashPassword(string inputKey, int workFactor = 11) => inputKey;
                    public static string HashPassword(string inputKey) => inputKey;
                }
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2003_BcryptWorkFactor", "6", "10", "microsoft-sdl")));
        return test.RunAsync();
    }

    [Fact]
    public Task Argon2id_memory_and_iterations_by_shape()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakKeyDerivationAnalyzer>
        {
            TestCode = """
                using System.Text;
                using Konscious.Security.Cryptography;

                class Accounts
                {
                    public byte[] Weak(string password, byte[] salt)
                    {
                        var argon2 = new Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, DegreeOfParallelism = 1, {|#0:MemorySize = 4096|}, {|#1:Iterations = 1|} };
                        return argon2.GetBytes(32);
                    }

                    public byte[] Good(string password, byte[] salt)
                    {
                        var argon2 = new Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, DegreeOfParallelism = 1, MemorySize = 19_456, Iterations = 2 };
                        return argon2.GetBytes(32);
                    }
                }
                """,
        };
        // Konscious.Security.Cryptography.Argon2's public shape, compiled here so the test needs no package download.
        test.TestState.Sources.Add(("Argon2.cs", """
            namespace Konscious.Security.Cryptography
            {
                public abstract class Argon2
                {
                    protected Argon2(byte[] password) { }
                    public byte[]? Salt { get; set; }
                    public int DegreeOfParallelism { get; set; }
                    public int MemorySize { get; set; }
                    public int Iterations { get; set; }
                    public byte[] GetBytes(int count) => new byte[count];
                }
                public sealed class Argon2id : Argon2 { public Argon2id(byte[] password) : base(password) { } }
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(0)
            .WithArguments(HashingDescriptors.Reason("CMP2003_Argon2", "MemorySize", "4,096", "19,456", "microsoft-sdl")));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.WeakKeyDerivation).WithLocation(1)
            .WithArguments(HashingDescriptors.Reason("CMP2003_Argon2", "Iterations", "1", "2", "microsoft-sdl")));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Security.Cryptography;

        class Broken
        {
            public byte[] A(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, , HashAlgorithmName.SHA256, 32);
            public byte[] B(string password) => Rfc2898DeriveBytes.Pbkdf2(password, undefinedSalt, 1000, HashAlgorithmName.SHA256, 32);
            public object C(string password) => new Rfc2898DeriveBytes(password, ;
            public object D() => new PasswordDeriveBytes(
        }
        """);
}

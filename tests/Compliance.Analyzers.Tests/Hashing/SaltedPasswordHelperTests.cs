namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Seventeenth session (branch whsalt, issue 14 recall): salted password helpers whose algorithm is chosen at run time
/// (a password-format switch, <c>CryptoConfig.CreateFromName(format)</c>), called through an interface, and their callers
/// that store the result as the password (including hashed literal default passwords in seed code).
/// </summary>
public class SaltedPasswordHelperTests
{
    private static string Lines(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) => string.Join(" ",
        diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));

    [Fact]
    public async Task A_weak_arm_of_a_password_format_switch_keeps_its_precision_a_name_table_does_not()
    {
        var diagnostics = await HashingHarness.RunAsync<WeakHashAlgorithmAnalyzer>("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public enum PasswordFormat { Sha1, Sha256, Sha512 }
            public enum DigestKind { Md5, Sha256 }
            public class Settings { public PasswordFormat HashedPasswordFormat { get; set; } }
            public class Encryptor
            {
                public string CreatePasswordHash(string password, string salt, PasswordFormat format)
                {
                    HashAlgorithm algorithm = format switch
                    {
                        PasswordFormat.Sha1 => SHA1.Create(),
                        PasswordFormat.Sha256 => SHA256.Create(),
                        _ => SHA512.Create(),
                    };
                    return Convert.ToHexString(algorithm.ComputeHash(Encoding.UTF8.GetBytes(password + salt)));
                }

                public HashAlgorithm ForSetting(Settings settings)
                {
                    switch (settings.HashedPasswordFormat)
                    {
                        case PasswordFormat.Sha1: return SHA1.Create();
                        default: return SHA512.Create();
                    }
                }

                public static HashAlgorithm ForKind(DigestKind kind) => kind switch
                {
                    DigestKind.Md5 => MD5.Create(),
                    _ => SHA256.Create(),
                };
            }
            """);
        Assert.Equal("CMP2001@13: CMP2001@24: CMP2001@31:low", Lines(diagnostics));
    }

    [Fact]
    public Task A_helper_that_creates_its_hash_by_name_is_a_fast_hash_of_the_password_given_as_bytes() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;

        public static class HashHelper
        {
            public static string CreateHash(byte[] data, string hashAlgorithm)
            {
                var algorithm = (HashAlgorithm)CryptoConfig.CreateFromName(hashAlgorithm)!;
                return Convert.ToHexString(algorithm.ComputeHash(data));
            }
        }

        public class EncryptionService
        {
            public string CreatePasswordHash(string password, string saltKey, string passwordFormat) =>
                {|CMP2002:HashHelper.CreateHash(Encoding.UTF8.GetBytes(string.Concat(password, saltKey)), passwordFormat)|};

            // not a password: a file's bytes
            public string FileDigest(string path) => HashHelper.CreateHash(File.ReadAllBytes(path), "SHA256");
        }
        """);

    [Fact]
    public Task Calls_through_an_interface_that_check_or_store_the_password_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public interface IEncryptionService
        {
            string CreatePasswordHash(string password, string saltKey);
            string CreateCacheStamp(string text);
        }

        public class EncryptionService : IEncryptionService
        {
            public string CreatePasswordHash(string password, string saltKey) =>
                Convert.ToHexString({|CMP2002:SHA1.HashData(Encoding.UTF8.GetBytes(password + saltKey))|});
            public string CreateCacheStamp(string text) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
        }

        public class Customer { public string Name { get; set; } = ""; public string Password { get; set; } = ""; public string Salt { get; set; } = ""; }

        public class CustomerRegistration
        {
            private readonly IEncryptionService _encryption;
            public CustomerRegistration(IEncryptionService encryption) { _encryption = encryption; }

            public void Register(Customer customer, string password) =>
                customer.Password = {|CMP2002:_encryption.CreatePasswordHash(password, customer.Salt)|};

            public bool Validate(Customer customer, string enteredPassword) =>
                {|CMP2002:_encryption.CreatePasswordHash(enteredPassword, customer.Salt)|} == customer.Password;

            // the result is neither stored as the password nor compared: the helper's own finding covers it
            public string Preview(string password) => _encryption.CreatePasswordHash(password, "");

            public string Stamp(Customer customer) => _encryption.CreateCacheStamp(customer.Name);
        }
        """);

    [Fact]
    public async Task A_hashed_literal_stored_as_the_password_is_reported_without_its_value()
    {
        var diagnostics = await HashingHarness.RunAsync<FastPasswordHashAnalyzer>("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public static class Utils
            {
                public static string GetMD5String(string str) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(str)));
            }

            public class User { public string ITCode { get; set; } = ""; public string Password { get; set; } = ""; public string ETag { get; set; } = ""; }

            public class DataSeed
            {
                public User Admin() => new User { ITCode = "admin", Password = Utils.GetMD5String("000000") };
                public void Reset(User user) { var encryptPassword = Utils.GetMD5String("123456"); user.Password = encryptPassword; }
                public User Tagged() => new User { ITCode = "x", ETag = Utils.GetMD5String("v1") };
            }
            """);
        Assert.Equal("CMP2002@14: CMP2002@15:", Lines(diagnostics));
        foreach (var d in diagnostics)
        {
            Assert.DoesNotContain("000000", d.GetMessage());
            Assert.DoesNotContain("123456", d.GetMessage());
            Assert.Contains("hard-coded password", d.GetMessage());
            Assert.Equal("Utils.GetMD5String(…) <hard-coded password, redacted>", d.Properties["compliance.evidence"]);
        }
    }
}

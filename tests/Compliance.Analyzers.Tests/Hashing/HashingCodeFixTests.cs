namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.CodeFixes.Hashing;
using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;

/// <summary>
/// Code fixes: the framework applies the single fix and then Fix All (document, project,
/// solution) to the same input, so every test with two diagnostics also proves Fix All.
/// </summary>
public class HashingCodeFixTests
{
    [Fact]
    public Task Fast_password_hash_becomes_salted_pbkdf2_with_a_migration_note_fix_all()
    {
        var test = new CodeFixTest<FastPasswordHashAnalyzer, FastPasswordHashCodeFixProvider>
        {
            TestCode = """
                using System.Security.Cryptography;
                using System.Text;

                class Accounts
                {
                    public byte[] Store(string password)
                    {
                        var bytes = Encoding.UTF8.GetBytes(password);
                        return {|CMP2002:SHA256.HashData(bytes)|};
                    }

                    public byte[] Legacy(string pwd) => {|CMP2002:MD5.HashData(Encoding.UTF8.GetBytes(pwd))|};
                }
                """,
            FixedCode = """
                using System.Linq;
                using System.Security.Cryptography;
                using System.Text;

                class Accounts
                {
                    public byte[] Store(string password)
                    {
                        var bytes = Encoding.UTF8.GetBytes(password);
                        // TODO(compliance): rehash on next login: existing hashes were made with a fast hash; verify them the old way once, then store the new hash
                        var salt = RandomNumberGenerator.GetBytes(16);
                        return salt.Concat(Rfc2898DeriveBytes.Pbkdf2(bytes, salt, 100_000, HashAlgorithmName.SHA256, 32)).ToArray();
                    }

                    public byte[] Legacy(string pwd)
                    {
                        // TODO(compliance): rehash on next login: existing hashes were made with a fast hash; verify them the old way once, then store the new hash
                        var salt = RandomNumberGenerator.GetBytes(16);
                        return salt.Concat(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pwd), salt, 100_000, HashAlgorithmName.SHA256, 32)).ToArray();
                    }
                }
                """,
            CodeActionEquivalenceKey = FastPasswordHashCodeFixProvider.Pbkdf2Key,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task No_pbkdf2_fix_inside_an_expression_lambda_where_one_salt_would_be_shared()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;

            class Import
            {
                public List<byte[]> HashAll(List<string> passwords) =>
                    passwords.Select(password => {|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(password))|}).ToList();
            }
            """;
        var test = new CodeFixTest<FastPasswordHashAnalyzer, FastPasswordHashCodeFixProvider>
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = FastPasswordHashCodeFixProvider.Pbkdf2Key,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Stringified_fast_password_hash_becomes_PasswordHasher()
    {
        var test = new CodeFixTest<FastPasswordHashAnalyzer, FastPasswordHashCodeFixProvider>
        {
            TestCode = """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                class Accounts
                {
                    public string Store(string password)
                    {
                        using var sha = SHA256.Create();
                        var hash = Convert.ToBase64String({|CMP2002:sha.ComputeHash(Encoding.UTF8.GetBytes("s@lt" + password))|});
                        return hash;
                    }

                    public string Md5(string userPwd) => BitConverter.ToString({|CMP2002:MD5.HashData(Encoding.UTF8.GetBytes(userPwd))|});
                }
                """,
            FixedCode = """
                using System;
                using System.Security.Cryptography;
                using System.Text;
                using Microsoft.AspNetCore.Identity;

                class Accounts
                {
                    public string Store(string password)
                    {
                        using var sha = SHA256.Create();
                        // TODO(compliance): rehash on next login: existing hashes were made with a fast hash; verify them the old way once, then store the new hash
                        var hash = new PasswordHasher<object>().HashPassword(new object(), password);
                        return hash;
                    }

                    // TODO(compliance): rehash on next login: existing hashes were made with a fast hash; verify them the old way once, then store the new hash
                    public string Md5(string userPwd) => new PasswordHasher<object>().HashPassword(new object(), userPwd);
                }
                """,
            CodeActionEquivalenceKey = FastPasswordHashCodeFixProvider.PasswordHasherKey,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Low_iterations_become_the_profile_value_fix_all()
    {
        var test = new CodeFixTest<WeakKeyDerivationAnalyzer, KdfIterationsCodeFixProvider>
        {
            TestCode = """
                using System.Security.Cryptography;
                using Microsoft.AspNetCore.Identity;

                class Kdf
                {
                    public byte[] Derive(string password, byte[] salt) =>
                        {|CMP2003:Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations: 10000, HashAlgorithmName.SHA256, 32)|};

                    public void Configure(PasswordHasherOptions options)
                    {
                        {|CMP2003:options.IterationCount = 10_000|};
                    }
                }
                """,
            FixedCode = """
                using System.Security.Cryptography;
                using Microsoft.AspNetCore.Identity;

                class Kdf
                {
                    public byte[] Derive(string password, byte[] salt) =>
                        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations: 100_000, HashAlgorithmName.SHA256, 32);

                    public void Configure(PasswordHasherOptions options)
                    {
                        options.IterationCount = 100_000;
                    }
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Low_iterations_follow_the_owasp_profile()
    {
        var test = new CodeFixTest<WeakKeyDerivationAnalyzer, KdfIterationsCodeFixProvider>
        {
            TestCode = """
                using System.Security.Cryptography;

                class Kdf
                {
                    public byte[] Derive(string password, byte[] salt) => {|CMP2003:Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.SHA256, 32)|};
                }
                """,
            FixedCode = """
                using System.Security.Cryptography;

                class Kdf
                {
                    public byte[] Derive(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_hash_profile = owasp-2023\n"));
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_hash_profile = owasp-2023\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Non_security_md5_becomes_sha256_fix_all()
    {
        var test = new CodeFixTest<WeakHashAlgorithmAnalyzer, NonSecurityHashCodeFixProvider>
        {
            TestCode = """
                using System;
                using System.IO;
                using System.Security.Cryptography;

                class StaticFiles
                {
                    public string ComputeETag(byte[] body) => Convert.ToHexString({|CMP2090:MD5.HashData(body)|});

                    public byte[] FileChecksum(Stream stream)
                    {
                        using SHA1 sha1 = {|CMP2090:SHA1.Create()|};
                        return sha1.ComputeHash(stream);
                    }

                    public byte[] CacheEntry(Stream content)
                    {
                        using var md5 = {|CMP2090:new MD5CryptoServiceProvider()|};
                        return md5.ComputeHash(content);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.IO;
                using System.Security.Cryptography;

                class StaticFiles
                {
                    public string ComputeETag(byte[] body) => Convert.ToHexString(SHA256.HashData(body));

                    public byte[] FileChecksum(Stream stream)
                    {
                        using SHA256 sha1 = SHA256.Create();
                        return sha1.ComputeHash(stream);
                    }

                    public byte[] CacheEntry(Stream content)
                    {
                        using var md5 = SHA256.Create();
                        return md5.ComputeHash(content);
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.SYSLIB0021.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_for_security_use_of_md5()
    {
        // CMP2001 has no automatic fix: what replaces MD5 depends on what it protects.
        const string source = """
            using System.Security.Cryptography;

            class Tokens
            {
                public byte[] Sign(byte[] token) => {|CMP2001:MD5.HashData(token)|};
            }
            """;
        var test = new CodeFixTest<WeakHashAlgorithmAnalyzer, NonSecurityHashCodeFixProvider> { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }
}

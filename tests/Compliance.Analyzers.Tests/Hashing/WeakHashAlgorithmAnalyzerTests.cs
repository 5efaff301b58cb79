namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

public class WeakHashAlgorithmAnalyzerTests
{
    [Fact]
    public Task Md5Create_in_token_code_is_reported_on_the_creating_call() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        class TokenService
        {
            public string Sign(string token)
            {
                using var md5 = {|CMP2001:MD5.Create()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(token)));
            }
        }
        """);

    [Fact]
    public Task Sha1Create_and_new_provider_and_target_typed_new_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        #pragma warning disable SYSLIB0021

        class Signer
        {
            private readonly SHA1 _a = {|CMP2001:SHA1.Create()|};
            private readonly MD5CryptoServiceProvider _b = {|CMP2001:new()|};
            public byte[] SignatureOf(byte[] payload)
            {
                using (var provider = {|CMP2001:new MD5CryptoServiceProvider()|})
                {
                    return provider.ComputeHash(payload);
                }
            }
            public HashAlgorithm Legacy() => {|CMP2001:new SHA1Managed()|};
        }
        """);

    [Fact]
    public Task Create_by_name_and_CryptoConfig_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        #pragma warning disable SYSLIB0045

        class Legacy
        {
            public object A() => {|CMP2001:HashAlgorithm.Create("MD5")|};
            public object B() => {|CMP2001:CryptoConfig.CreateFromName("SHA1")|};
            public object C() => {|CMP2001:CryptoConfig.CreateFromName("System.Security.Cryptography.MD5")|};
            public object D() => CryptoConfig.CreateFromName("SHA256");
            public object E() => HashAlgorithm.Create("SHA512");
        }
        """);

    [Fact]
    public Task Static_HashData_is_reported_on_the_call() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class ApiKeys
        {
            public byte[] Fingerprint(byte[] apiKey) => {|CMP2001:SHA1.HashData(apiKey)|};
            public byte[] Md5(byte[] secretValue) => {|CMP2001:MD5.HashData(secretValue)|};
            public byte[] Mac(byte[] k, byte[] signedData) => {|CMP2001:HMACMD5.HashData(k, signedData)|};
        }
        """);

    [Fact]
    public Task Hmac_sha1_for_webhook_signatures_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Webhook
        {
            public byte[] Signature(byte[] key, byte[] body)
            {
                using var hmac = {|CMP2001:new HMACSHA1(key)|};
                return hmac.ComputeHash(body);
            }
            public IncrementalHash Incremental(byte[] key) => {|CMP2001:IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, key)|};
        }
        """);

    [Fact]
    public Task Signatures_over_sha1_are_reported_even_in_a_file_named_context() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class ReleaseSigner
        {
            public byte[] SignFile(RSA rsa, byte[] fileContent) => {|CMP2001:rsa.SignData(fileContent, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1)|};
            public bool VerifyFile(ECDsa key, byte[] fileContent, byte[] signature) => key.VerifyData(fileContent, signature, HashAlgorithmName.SHA256);
        }
        """);

    [Fact]
    public Task Unknown_use_counts_as_security_use() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Util
        {
            public static byte[] Compute(byte[] x) => {|CMP2001:MD5.HashData(x)|};
        }
        """);

    [Fact]
    public Task Personal_data_hashed_with_md5_is_reported_even_inside_a_cache_helper() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        class CustomerCache
        {
            public byte[] CacheKeyFor(string phoneNumber) => {|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(phoneNumber))|};
        }
        """);

    // The testing framework enables every supported id, so the off-by-default CMP2090 is visible
    // here: these markups prove the uses are classified as non-security (not CMP2001).
    [Fact]
    public Task Etag_cache_key_and_file_checksum_are_CMP2090_not_CMP2001() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;

        class StaticFiles
        {
            public string ComputeETag(byte[] body)
            {
                using var md5 = {|CMP2090:MD5.Create()|};
                return "\"" + Convert.ToHexString(md5.ComputeHash(body)) + "\"";
            }

            public string CacheKey(string url) => Convert.ToHexString({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(url))|});

            public byte[] FileChecksum(string path)
            {
                using var stream = File.OpenRead(path);
                using var sha1 = {|CMP2090:SHA1.Create()|};
                return sha1.ComputeHash(stream);
            }

            public byte[] Sha256OfFile(Stream stream) => SHA256.HashData(stream);
        }
        """);

    // Issue 14 (held-out repositories): a digest turned into a Guid names an item, it protects nothing — even when no
    // surrounding name says so (an extension GetMD5(this string str)). A security word around it still wins.
    [Fact]
    public Task A_digest_turned_into_a_Guid_is_an_identifier_not_security_use() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class StringExtensions
        {
            public static Guid GetMD5(this string str) => new Guid({|CMP2090:MD5.HashData(Encoding.Unicode.GetBytes(str))|});

            public static Guid Stable(string s)
            {
                Guid id = new({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(s))|});
                return id;
            }

            public static Guid SessionTokenId(string sessionToken) => new Guid({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(sessionToken))|});
            public static string Digest(string s) => Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(s))|});
        }
        """);

    [Fact]
    public async Task Non_security_use_is_silent_by_default()
    {
        var diagnostics = await HashingHarness.RunAsync<WeakHashAlgorithmAnalyzer>("""
            using System;
            using System.Security.Cryptography;

            class StaticFiles
            {
                public string ComputeETag(byte[] body) => Convert.ToHexString(MD5.HashData(body));
                public byte[] Token(byte[] token) => MD5.HashData(token);
            }
            """);
        var only = Assert.Single(diagnostics);
        Assert.Equal("CMP2001", only.Id);
        Assert.Equal(7, only.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public async Task Non_security_use_is_CMP2090_when_enabled()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakHashAlgorithmAnalyzer>
        {
            TestCode = """
                using System;
                using System.Security.Cryptography;

                class StaticFiles
                {
                    public string ComputeETag(byte[] body)
                    {
                        using var md5 = {|#0:MD5.Create()|};
                        return Convert.ToHexString(md5.ComputeHash(body));
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.CMP2090.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(HashingDescriptors.NonSecurityWeakHash).WithLocation(0).WithArguments("MD5", "etag"));
        await test.RunAsync();
    }

    [Fact]
    public Task Totp_hmac_sha1_is_protocol_mandated() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;

        class TotpGenerator
        {
            public int Compute(byte[] sharedSecret, long counter)
            {
                using var hmac = new HMACSHA1(sharedSecret);
                var hash = hmac.ComputeHash(BitConverter.GetBytes(counter));
                return hash[0];
            }
        }
        """);

    [Fact]
    public Task Strong_hashes_and_sm3_are_not_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Strong
        {
            public byte[] A(byte[] token) => SHA256.HashData(token);
            public byte[] B(byte[] token) { using var h = SHA512.Create(); return h.ComputeHash(token); }
            public byte[] C(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
            public IncrementalHash D() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
        """);

    [Fact]
    public Task BouncyCastle_md5_digest_is_reported_and_sm3_is_acceptable()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakHashAlgorithmAnalyzer>
        {
            TestCode = """
                using Org.BouncyCastle.Crypto.Digests;

                class GuomiSigner
                {
                    public object Sm3ForSignature() => new SM3Digest();
                    public object Md5ForSignature() => {|CMP2001:new MD5Digest()|};
                    public object Sha1ForSignature() => {|CMP2001:new Sha1Digest()|};
                }
                """,
        };
        // BouncyCastle's public shape, compiled here so the test needs no package download.
        test.TestState.Sources.Add(("BouncyCastle.cs", """
            namespace Org.BouncyCastle.Crypto.Digests
            {
                public class SM3Digest { }
                public class MD5Digest { }
                public class Sha1Digest { }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_the_algorithm() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class C
        {
            public byte[] Token(byte[] token) => {|#0:SHA1.HashData(token)|};
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakHashAlgorithm).WithLocation(0).WithArguments("SHA1"));

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Security.Cryptography;

        class Broken
        {
            public byte[] A(byte[] token) => MD5.HashData(token, );
            public object B() => HashAlgorithm.Create(;
            public object C() => CryptoConfig.CreateFromName(undefinedName);
            public object D() => new UnknownHash();
            public void E() { var x = {|CMP2001:MD5.Create()|}.ComputeHash(
        }
        """);
}

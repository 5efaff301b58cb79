namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakCipherAnalyzer>;

public class WeakCipherAnalyzerTests
{
    [Fact]
    public Task Des_3des_rc2_are_reported_on_the_creating_expression() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        #pragma warning disable SYSLIB0021, SYSLIB0045

        class IdNumberStore
        {
            public SymmetricAlgorithm A() => {|#0:DES.Create()|};
            public SymmetricAlgorithm B() => {|CMP2004:TripleDES.Create()|};
            public SymmetricAlgorithm C() => {|CMP2004:new RC2CryptoServiceProvider()|};
            public SymmetricAlgorithm D() => {|CMP2004:new TripleDESCryptoServiceProvider()|};
            public object E() => {|CMP2004:CryptoConfig.CreateFromName("DES")|};
            public SymmetricAlgorithm F() => {|CMP2004:SymmetricAlgorithm.Create("TripleDES")|};
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_WeakAlgorithm", "DES")));

    [Fact]
    public Task Ecb_mode_and_hard_coded_key_or_iv_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        class PhoneEncryptor
        {
            private static readonly byte[] {|#2:Iv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|}; // reported here, once, not at its two uses

            public byte[] Encrypt(byte[] phone, byte[] key)
            {
                using var aes = Aes.Create();
                {|#0:aes.Mode = CipherMode.ECB|};
                {|#1:aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef")|};
                aes.IV = Iv;
                using var encryptor = aes.CreateEncryptor(key, Iv);
                return {|CMP2004:aes.EncryptEcb(phone, PaddingMode.PKCS7)|};
            }

            public AesGcm Gcm() => {|CMP2004:new AesGcm(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, 16)|};
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_Ecb")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(2).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")));

    [Fact]
    public Task Aes_gcm_with_managed_keys_and_random_iv_is_not_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Good
        {
            public byte[] Encrypt(byte[] plaintext, byte[] keyFromKms)
            {
                using var aes = Aes.Create();
                aes.Key = keyFromKms;
                aes.GenerateIV();
                aes.Mode = CipherMode.CBC;
                var iv = RandomNumberGenerator.GetBytes(16);
                return aes.EncryptCbc(plaintext, iv);
            }

            public void Gcm(byte[] key, byte[] plaintext, byte[] ciphertext, byte[] tag)
            {
                using var gcm = new AesGcm(key, 16);
                gcm.Encrypt(RandomNumberGenerator.GetBytes(12), plaintext, ciphertext, tag);
            }
        }
        """);

    [Fact]
    public Task BouncyCastle_sm4_is_acceptable_but_des_engine_is_not()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<WeakCipherAnalyzer>
        {
            TestCode = """
                using Org.BouncyCastle.Crypto.Engines;

                class GuomiStore
                {
                    public object Sm4() => new SM4Engine();
                    public object Des() => {|CMP2004:new DesEngine()|};
                }
                """,
        };
        // BouncyCastle's public shape, compiled here so the test needs no package download.
        test.TestState.Sources.Add(("BouncyCastle.cs", """
            namespace Org.BouncyCastle.Crypto.Engines
            {
                public class SM4Engine { }
                public class DesEngine { }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Security.Cryptography;

        class Broken
        {
            public void A(Aes aes) { aes.Mode = ; aes.Key = Undefined; aes.IV = new byte[] { 1, x }; }
            public object B() => {|CMP2004:DES.Create()|}.CreateEncryptor(;
            public object C() => new AesGcm(;
        }
        """);

    // Issue 14 recall class (seventh session): an RSA key below 2048 bits, by RSA.Create(n), the CSP constructor or KeySize.
    [Fact]
    public Task Rsa_keys_below_2048_bits_are_reported_and_larger_or_unknown_sizes_are_not() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        #pragma warning disable CA1416

        class MeterTelemetrySigner
        {
            public RSA Legacy() => {|#0:RSA.Create(1024)|};
            public RSA Csp() => {|#1:new RSACryptoServiceProvider(512)|};
            public void Resize(RSA rsa) { {|#2:rsa.KeySize = 1536|}; }

            // Decoys: 2048/3072-bit keys, the default size, a size chosen at run time, ECDSA.
            public RSA Current() => RSA.Create(3072);
            public RSA Minimum() => new RSACryptoServiceProvider(2048);
            public RSA Default() => RSA.Create();
            public RSA Configured(int bits) => RSA.Create(bits);
            public void Grow(RSA rsa) { rsa.KeySize = 4096; }
            public ECDsa Curve() => ECDsa.Create(ECCurve.NamedCurves.nistP256);
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_ShortRsaKey", "1024")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_ShortRsaKey", "512")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(2).WithArguments(HashingDescriptors.Reason("CMP2004_ShortRsaKey", "1536")));
}

namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakCipherAnalyzer>;

/// <summary>
/// An all-zero IV (<c>new byte[16]</c> inline, in a readonly field or in a local never filled) is the same IV for every
/// message, as a literal one is: CMP2004 at the assignment or the call, or at the field that holds it. A buffer filled with random bytes is not.
/// </summary>
public class ZeroIvTests
{
    [Fact]
    public Task Zero_filled_ivs_inline_in_a_field_and_in_a_local_are_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class MeterReadingCipher
        {
            private static readonly byte[] {|#0:BlankIv = new byte[16]|};

            public byte[] Seal(byte[] reading, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                aes.IV = BlankIv; // reported at the field that holds it
                return aes.CreateEncryptor().TransformFinalBlock(reading, 0, reading.Length);
            }

            public byte[] SealInline(byte[] reading, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                {|#1:aes.IV = new byte[16]|};
                return aes.CreateEncryptor().TransformFinalBlock(reading, 0, reading.Length);
            }

            public byte[] SealCbc(byte[] reading, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                var iv = new byte[16];
                return {|#2:aes.EncryptCbc(reading, iv)|};
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(2).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")));

    [Fact]
    public Task Ivs_filled_with_random_bytes_or_generated_are_not_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class MeterReadingCipherDone
        {
            private readonly byte[] _scratch = new byte[16];

            public byte[] Seal(byte[] reading, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                var iv = new byte[16];
                RandomNumberGenerator.Fill(iv);
                aes.IV = iv;
                return aes.CreateEncryptor().TransformFinalBlock(reading, 0, reading.Length);
            }

            public byte[] SealCbc(byte[] reading, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                aes.GenerateIV();
                return aes.EncryptCbc(reading, aes.IV);
            }

            // the IV travels in front of the ciphertext: copied out of the message, not all zeros
            public byte[] Open(byte[] sealedReading, byte[] key)
            {
                var iv = new byte[16];
                var body = new byte[sealedReading.Length - 16];
                System.Buffer.BlockCopy(sealedReading, 0, iv, 0, iv.Length);
                System.Array.Copy(sealedReading, 16, body, 0, body.Length);
                using var aes = Aes.Create();
                using var decryptor = aes.CreateDecryptor(key, iv);
                return decryptor.TransformFinalBlock(body, 0, body.Length);
            }

            public byte[] OpenFromStream(System.IO.Stream stream, byte[] key, byte[] body)
            {
                var iv = new byte[16];
                stream.ReadExactly(iv);
                using var aes = Aes.Create();
                return aes.DecryptCbc(body, iv);
            }

            // a scratch buffer that is not an IV stays silent
            public int Size() => _scratch.Length;
        }
        """);

    // A user method that happens to be called Copy (it only logs the buffer) does not fill the IV: the calls that
    // write into an array are recognised by the method they bind to, not by its name.
    [Fact]
    public Task A_user_method_named_like_a_copy_call_does_not_count_as_filling_the_iv() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        static class Audit
        {
            public static void Copy(byte[] source, int offset, byte[] target, int index, int length) { }
            public static void Fill(byte[] buffer) { }
        }

        class BuoyTelemetryCipher
        {
            public byte[] Seal(byte[] frame, byte[] key)
            {
                var iv = new byte[16];
                Audit.Copy(frame, 0, iv, 0, 16);
                Audit.Fill(iv);
                using var aes = Aes.Create();
                aes.Key = key;
                return {|#0:aes.EncryptCbc(frame, iv)|};
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")));
}

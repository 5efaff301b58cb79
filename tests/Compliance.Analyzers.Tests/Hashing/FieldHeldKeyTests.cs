namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakCipherAnalyzer>;

/// <summary>
/// Issue 14 (tenth session): a hard-coded key or IV held by a field of the cipher's own type is reported once at the
/// field's declaration — where it is written — not at the calls that read it (the largest weak-hash miss class of the
/// held-out corpora). Keys in another type, in a nested type, or not fixed in the source keep their old behaviour.
/// </summary>
public class FieldHeldKeyTests
{
    [Fact]
    public Task Byte_array_string_and_base64_fields_used_as_key_or_iv_are_reported_at_the_declaration_once() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        #pragma warning disable SYSLIB0021

        class LockerDoorCodes
        {
            private static readonly byte[] {|#0:DoorKey = { 0x10, 0x22, 0x3C, 0x47, 0x5A, 0x61, 0x7E, 0x88, 0x91, 0xA4, 0xB3, 0xC2, 0xD5, 0xE6, 0xF7, 0x09 }|};
            private const string {|#1:PanelIv = "q7Lm2Xc9Wd4Ve8Rt"|};
            private static readonly byte[] {|#2:ArchiveKey = Convert.FromBase64String("c2xvdC1rZXktZm9yLXRlc3Rz")|};
            private readonly int _slots = 48;

            public byte[] SealCode(byte[] code)
            {
                using var aes = Aes.Create();
                aes.Key = DoorKey;
                aes.IV = Encoding.UTF8.GetBytes(PanelIv);
                return aes.CreateEncryptor().TransformFinalBlock(code, 0, code.Length);
            }

            public byte[] OpenCode(byte[] sealedCode)
            {
                using var aes = Aes.Create();
                var iv = Encoding.UTF8.GetBytes(PanelIv);
                using var decryptor = aes.CreateDecryptor(DoorKey, iv);
                return decryptor.TransformFinalBlock(sealedCode, 0, sealedCode.Length);
            }

            public byte[] Archive(byte[] log) => {|#3:new TripleDESCryptoServiceProvider { Key = ArchiveKey }|}.CreateEncryptor().TransformFinalBlock(log, 0, log.Length);

            public int Free(int used) => _slots - used;
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "IV")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(2).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(3).WithArguments(HashingDescriptors.Reason("CMP2004_WeakAlgorithm", "3DES")));

    [Fact]
    public Task A_field_used_as_both_key_and_iv_is_reported_once_as_the_key() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class ParkingTicketCipher
        {
            private static readonly byte[] {|#0:Secret16 = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 12, 13, 14, 15, 16 }|};

            public ICryptoTransform Ticket() { using var aes = Aes.Create(); return aes.CreateEncryptor(Secret16, Secret16); }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")));

    [Fact]
    public Task Keys_from_elsewhere_or_not_fixed_keep_their_use_site_or_no_report() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        using System.Text;

        static class SharedKeys
        {
            public static readonly byte[] Branch = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
        }

        class LibraryCardVault
        {
            // Decoys: the same shape of field that no cipher reads as key (a header, a checksum seed), a key loaded at run time.
            private static readonly byte[] FramePrefix = { 0x4C, 0x43, 0x56, 0x31 };
            private const string CardFormat = "LCV-{0:D8}";
            private static readonly byte[] Loaded = Encoding.UTF8.GetBytes(System.Environment.GetEnvironmentVariable("CARD_KEY") ?? "");
            private static readonly byte[] Outer = { 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36 };

            public byte[] Seal(byte[] card, byte[] iv)
            {
                using var aes = Aes.Create();
                aes.Key = Loaded;
                var framed = new byte[FramePrefix.Length + card.Length];
                FramePrefix.CopyTo(framed, 0);
                card.CopyTo(framed, FramePrefix.Length);
                return aes.EncryptCbc(framed, iv);
            }

            public string Label(int number) => string.Format(CardFormat, number);

            // A key of another type: reported where this type uses it (the declaring type has no cipher call to look at).
            public void Branch(Aes aes) { {|#0:aes.Key = SharedKeys.Branch|}; }

            // A nested type reading the outer type's field: reported at the use, as before.
            private sealed class Reader
            {
                public void Use(Aes aes) { {|#1:aes.Key = Outer|}; }
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_HardcodedKey", "key")));
}

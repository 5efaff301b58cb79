namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakCipherAnalyzer>;

/// <summary>Issue 14 (tenth session): RC4 written by hand is CMP2004 at the statement that creates its 256-entry state.</summary>
public class HandWrittenRc4Tests
{
    [Fact]
    public Task Rc4_with_a_loop_built_state_temp_swaps_and_modulo_256_is_reported_also_in_a_local_function() => Verify.VerifyAsync("""
        class VendingMachineLink
        {
            public byte[] Obscure(byte[] frame, byte[] pairingKey)
            {
                {|#0:var box = new byte[256];|}
                for (var n = 0; n < box.Length; n++) box[n] = (byte)n;
                var b = 0;
                for (var a = 0; a < box.Length; a++)
                {
                    b = (b + box[a] + pairingKey[a % pairingKey.Length]) % 256;
                    var t = box[a]; box[a] = box[b]; box[b] = t;
                }
                var result = new byte[frame.Length];
                int x = 0, y = 0;
                for (var k = 0; k < frame.Length; k++)
                {
                    x = (x + 1) % 256;
                    y = (y + box[x]) % 256;
                    var t = box[x]; box[x] = box[y]; box[y] = t;
                    result[k] = (byte)(frame[k] ^ box[(box[x] + box[y]) % 256]);
                }
                return result;
            }

            public byte[] Telemetry(byte[] packet, byte[] seed)
            {
                return Run();

                byte[] Run()
                {
                    {|#1:int[] st = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Range(0, 256));|}
                    for (int p = 0, q = 0; p < 256; p++)
                    {
                        q = (q + st[p] + seed[p % seed.Length]) & 255;
                        (st[p], st[q]) = (st[q], st[p]);
                    }
                    var outp = new byte[packet.Length];
                    for (int k = 0, p = 0, q = 0; k < packet.Length; k++)
                    {
                        p = (p + 1) & 255; q = (q + st[p]) & 255;
                        (st[p], st[q]) = (st[q], st[p]);
                        outp[k] = (byte)(packet[k] ^ st[(st[p] + st[q]) & 255]);
                    }
                    return outp;
                }
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_WeakAlgorithm", "RC4")),
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(1).WithArguments(HashingDescriptors.Reason("CMP2004_WeakAlgorithm", "RC4")));

    [Fact]
    public Task Crc_tables_repeating_key_xor_and_byte_histograms_are_not_rc4() => Verify.VerifyAsync("""
        class FrameTools
        {
            private static readonly uint[] Table = Build();

            // A CRC-32 table: 256 entries, XOR, & 0xFF, but no key schedule.
            private static uint[] Build()
            {
                var table = new uint[256];
                for (uint i = 0; i < 256; i++)
                {
                    var c = i;
                    for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                    table[i] = c;
                }
                return table;
            }

            public static uint Crc(byte[] data)
            {
                var crc = 0xFFFFFFFFu;
                foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
                return ~crc;
            }

            // Repeating-key XOR: a key walked cyclically, no 256-entry state (weak, but not RC4; not this rule).
            public static byte[] Mask(byte[] data, byte[] mask)
            {
                var output = new byte[data.Length];
                for (var i = 0; i < data.Length; i++) output[i] = (byte)(data[i] ^ mask[i % mask.Length]);
                return output;
            }

            // A byte histogram: 256 buckets, & 0xFF, a cyclic index, no XOR.
            public static int[] Histogram(byte[] data, int[] weights)
            {
                var counts = new int[256];
                for (var i = 0; i < data.Length; i++) counts[data[i] & 0xFF] += weights[i % weights.Length];
                return counts;
            }
        }
        """);
}

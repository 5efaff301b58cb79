namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// Issue 14, Jackett (judged blind, twelfth session): a custom Torznab category gets a stable id from the SHA-1 of its name,
/// folded to 16 bits with BitConverter.ToUInt16. Two to eight bytes of a digest read as a number are an id or a bucket,
/// not protection (CMP2090, off by default). A digest also used as bytes or text, and a number derived under a security
/// word (a one-time code from a secret), stay CMP2001.
/// </summary>
public class DigestFoldedToNumberTests
{
    [Fact]
    public Task A_digest_read_only_as_an_integer_is_an_id_and_other_uses_stay_reported() => Verify.VerifyAsync("""
        using System;
        using System.Buffers.Binary;
        using System.Security.Cryptography;
        using System.Text;

        class Categories
        {
            public int CustomCategory(string trackerCategory)
            {
                if (!int.TryParse(trackerCategory, out var id))
                {
                    var hashed = {|CMP2090:SHA1.Create()|}.ComputeHash(Encoding.UTF8.GetBytes(trackerCategory));
                    id = BitConverter.ToUInt16(hashed, 0);
                }
                return id + 100000;
            }

            public int Bucket(string name) =>
                BinaryPrimitives.ReadInt32LittleEndian({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(name))|}) & 0xff;

            // Decoy: the same digest is also kept as text, so the integer read is not its only use.
            public string Mixed(string name)
            {
                var hashed = {|CMP2001:SHA1.HashData(Encoding.UTF8.GetBytes(name))|};
                var n = BitConverter.ToInt32(hashed, 0);
                return n + Convert.ToHexString(hashed);
            }

            // True positive kept: a one-time code folded from a secret is protection, whatever its width.
            public int OtpCode(string secret, long step) =>
                BitConverter.ToInt32({|CMP2001:SHA1.HashData(Encoding.UTF8.GetBytes(secret + step))|}, 0) % 1000000;
        }
        """);
}

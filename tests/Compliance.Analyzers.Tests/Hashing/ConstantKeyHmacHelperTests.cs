namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14 (wh10): a password helper built on an HMAC whose key is fixed in the source (<c>new HMACMD5(HmacKey)</c>,
/// <c>static readonly byte[] HmacKey = GetBytes("smzx2016")</c>) is a fast hash with a public salt — the direct path
/// already reports it inside the helper; its login call site was silent because the helper walk knew unkeyed hashes only.
/// An HMAC keyed from a secret the code does not hold is a MAC and stays silent at both places.
/// </summary>
public class ConstantKeyHmacHelperTests
{
    [Fact]
    public Task The_login_through_a_constant_key_hmac_helper_is_reported() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class StaffPasswords
        {
            private static readonly byte[] HmacKey = Encoding.UTF8.GetBytes("smzx2016");
            private readonly Dictionary<string, string> _hashes = new();

            public bool Verify(string account, string password) =>
                _hashes.TryGetValue(account, out var stored) &&
                CryptographicOperations.FixedTimeEquals(Convert.FromHexString(stored), {|CMP2002:Hash(password)|});

            public static byte[] Hash(string password)
            {
                using var hmac = new HMACMD5(HmacKey);
                return {|CMP2002:hmac.ComputeHash(Encoding.UTF8.GetBytes(password))|};
            }

            public static byte[] QuickHash(string pwd) => {|CMP2002:HMACSHA1.HashData(HmacKey, Encoding.UTF8.GetBytes(pwd))|};

            public bool QuickVerify(string password, byte[] stored) => {|CMP2002:QuickHash(password)|}.AsSpan().SequenceEqual(stored);
        }

        public sealed class PepperedPasswords
        {
            private readonly byte[] _pepper;
            public PepperedPasswords(byte[] pepper) => _pepper = pepper;

            // Decoy: the key is a secret handed in at run time (a pepper from a vault), not fixed in the source.
            public byte[] Hash(string password)
            {
                using var hmac = new HMACSHA256(_pepper);
                return hmac.ComputeHash(Encoding.UTF8.GetBytes(password));
            }

            public bool Verify(string password, byte[] stored) => CryptographicOperations.FixedTimeEquals(stored, Hash(password));
        }
        """);
}

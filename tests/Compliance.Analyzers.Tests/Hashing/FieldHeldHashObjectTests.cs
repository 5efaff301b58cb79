namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// Issue 14, fifteenth session (fp11), Sonarr (judged FP): <c>private static readonly SHA1 Sha1 = SHA1.Create()</c> in a
/// converter whose only user, <c>GetHash(string target)</c>, is called to fold the digest to a 31-bit id, to name a
/// download client by its serial number and to notice a change in a watched folder's listing. A hash object held by a
/// private field serves the methods that use it: when those are helpers whose every caller is a non-security use, the
/// creation is CMP2090 (off by default), as a hash inside such a helper already is. Decoys: a field used by a method
/// named for passwords, a field some caller feeds a password, and a non-private field stay CMP2001.
/// </summary>
public class FieldHeldHashObjectTests
{
    [Fact]
    public Task A_hash_object_held_by_a_field_is_judged_by_the_callers_of_the_methods_that_use_it() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class HashConverter
        {
            private static readonly SHA1 Sha1 = {|CMP2090:SHA1.Create()|};

            public static int GetHashInt31(string target)
            {
                var hash = GetHash(target);
                return BitConverter.ToInt32(hash, 0) & 0x7fffffff;
            }

            public static byte[] GetHash(string target)
            {
                lock (Sha1)
                {
                    return Sha1.ComputeHash(Encoding.UTF8.GetBytes(target));
                }
            }
        }

        public class ScanWatchFolder
        {
            public string GetHash(string folder, string[] files) => Convert.ToHexString(HashConverter.GetHash(folder + string.Join("|", files)));
        }

        public class SerialNumberProvider
        {
            public string GetHashedSerialNumber(string serial) => Convert.ToHexString(HashConverter.GetHash(serial));
        }

        // Decoy: the only user of the field hashes passwords by its name.
        public static class LegacyPasswords
        {
            private static readonly MD5 Md5 = {|CMP2001:MD5.Create()|};
            public static byte[] HashPassword(string value) => Md5.ComputeHash(Encoding.UTF8.GetBytes(value));
        }

        // Decoy: a caller of the field's user passes a password.
        public static class Digests
        {
            private static readonly MD5 Md5 = {|CMP2001:MD5.Create()|};
            public static byte[] Of(string value) => Md5.ComputeHash(Encoding.UTF8.GetBytes(value));
        }

        public class Login
        {
            public byte[] Check(string password) => Digests.Of(password);
            public int Bucket(string name) => BitConverter.ToInt32(Digests.Of(name), 0);
        }

        // Decoy: a field others can reach says nothing of what it serves.
        public static class SharedHash
        {
            internal static readonly SHA1 Sha1 = {|CMP2001:SHA1.Create()|};
            public static int Id(string name) => BitConverter.ToInt32(Sha1.ComputeHash(Encoding.UTF8.GetBytes(name)), 0);
        }
        """);

    [Fact]
    public Task A_folder_listing_hashed_in_a_folder_type_is_change_detection() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public class WatchFolder
        {
            public string Fingerless(string data) => Convert.ToHexString({|CMP2090:SHA1.HashData(Encoding.UTF8.GetBytes(data))|});
        }

        // Decoy: a security word near the hash wins over the type's folder word.
        public class SecureFolder
        {
            public string Token(string secret) => Convert.ToHexString({|CMP2001:SHA1.HashData(Encoding.UTF8.GetBytes(secret))|});
        }
        """);
}

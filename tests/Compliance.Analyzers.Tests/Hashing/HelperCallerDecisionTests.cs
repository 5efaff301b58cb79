namespace Compliance.Analyzers.Tests.Hashing;

using FastHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;
using WeakHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// A hashing helper whose parameter's name is the only evidence is judged by its callers (HelperCallers), for CMP2002
/// and CMP2001 alike; callers are matched by the symbol they bind to, not by a method name shared with another helper.
/// </summary>
public class HelperCallerDecisionTests
{
    [Fact]
    public Task Weak_hash_in_a_helper_called_only_for_cache_keys_is_CMP2090_and_a_login_helper_keeps_CMP2001() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class TicketDigest
        {
            // Named "password", but every caller builds a cache entry's key from an exhibition query.
            public static string Short(string password)
            {
                using var md5 = {|CMP2090:MD5.Create()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)), 0, 8);
            }

            // Same shape, but the turnstile login hands it the visitor's password.
            public static string Long(string password)
            {
                using var md5 = {|CMP2001:MD5.Create()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
            }

            // Called by nobody: its parameter's name is all there is, the finding stays.
            public static string Unused(string password)
            {
                using var md5 = {|CMP2001:MD5.Create()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
            }
        }

        public class ExhibitionCacheKeys
        {
            public string For(string hall, int day) => "exhibits:" + TicketDigest.Short(hall + day);
        }

        public class TurnstileLogin
        {
            public bool Check(string visitor, string password, string stored) => TicketDigest.Long(password) == stored;
        }
        """);

    [Fact]
    public Task A_helper_with_one_security_caller_among_cache_callers_keeps_CMP2001() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class Digests
        {
            public static string Of(string text)
            {
                using var sha1 = {|CMP2001:SHA1.Create()|};
                return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(text)));
            }
        }

        public class CatalogueCache
        {
            public string Key(string shelf) => Digests.Of(shelf);
        }

        public class MemberSignature
        {
            public string SignRenewal(string memberNo, long expires) => Digests.Of(memberNo + expires);
        }
        """);

    [Fact]
    public Task Callers_are_matched_by_the_method_they_bind_to_not_by_a_shared_name() => FastHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        // Two helpers share the name Digest. The shelf one is only given shelf marks for cache keys; the locker one
        // hashes the locker PIN from the kiosk login. Only the locker helper and its caller are reported.
        public static class ShelfHash
        {
            public static string Digest(string password) =>
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        }

        public static class LockerHash
        {
            public static string Digest(string password) =>
                Convert.ToHexString({|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(password))|});
        }

        public class ShelfCache
        {
            public string KeyFor(string shelfMark) => "shelf:" + ShelfHash.Digest(shelfMark);
        }

        public class KioskLogin
        {
            public string Stored(string lockerPassword) => {|CMP2002:LockerHash.Digest(lockerPassword)|};
        }
        """);
}

namespace Compliance.Analyzers.Tests.Hashing;

using Microsoft.CodeAnalysis.Testing;
using WeakHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;
using FastHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14, held-out corpus classes (sixth session): MD5/SHA-1 whose digest becomes an identifier or a
/// file name, HMAC-SHA1 fixed by a one-time-password or provider signing protocol, and a password-named
/// method that is about the password's form field. Each widened rule has a decoy beside it that must
/// stay reported. (The test framework enables the off-by-default CMP2090, so non-security uses show as CMP2090.)
/// </summary>
public class HashPurposeRecallTests
{
    [Fact]
    public Task Digest_turned_into_a_name_based_guid_is_not_security_use() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class TicketIds
        {
            public static Guid ForSeat(string venue, int seat)
            {
                var bytes = {|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(venue + "/" + seat))|};
                bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30);
                return new Guid(bytes);
            }

            public static Guid ForShow(string title)
            {
                var raw = {|CMP2090:SHA1.HashData(Encoding.UTF8.GetBytes(title))|}[..16];
                return new Guid(raw);
            }

            // Decoy: a session token hashed into a Guid handle is still a token's digest.
            public static Guid HandleFor(string sessionToken)
            {
                var d = {|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(sessionToken))|};
                return new Guid(d);
            }
        }
        """);

    [Fact]
    public Task Digest_used_as_a_path_or_joined_to_a_file_extension_is_not_security_use() => WeakHash.VerifyAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;

        interface IAudit { void LogInformation(string message, params object[] args); }

        class AlbumArtStore
        {
            public string Store(byte[] image)
            {
                var name = Convert.ToHexString({|CMP2090:SHA1.HashData(image)|}).ToLowerInvariant();
                return Path.Combine("/srv/art", name);
            }

            public static string ThumbName(string albumId)
            {
                using var md5 = {|CMP2090:MD5.Create()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(albumId))) + ".webp";
            }

            // The digest is logged too: a logging call's name ("LogInformation" holds "login") says nothing about the hash.
            public string Keep(byte[] cover, IAudit log)
            {
                var id = Convert.ToHexString({|CMP2090:SHA1.HashData(cover)|});
                var target = Path.Combine("/srv/covers", id);
                log.LogInformation("kept cover {Id}", id);
                return target;
            }

            // Decoys: a digest of a key material named as a file is still the key's digest; an unnamed use is unknown.
            public static string ReceiptFor(string apiKey) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(apiKey))|}) + ".sig";

            public static string Opaque(byte[] payload)
            {
                var value = Convert.ToHexString({|CMP2001:MD5.HashData(payload)|});
                return value;
            }
        }
        """);

    [Fact]
    public Task Hmac_sha1_fixed_by_otp_or_a_provider_signing_protocol_is_not_reported() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class OtpCode
        {
            public static int Next(byte[] seed, long step)
            {
                using var mac = new HMACSHA1(seed);
                var h = mac.ComputeHash(BitConverter.GetBytes(step));
                return h[h.Length - 1] & 0x0F;
            }
        }

        class CosRequestSigner
        {
            public string Authorization(string secretKey, string stringToSign)
            {
                using var mac = new HMACSHA1(Encoding.UTF8.GetBytes(secretKey));
                return Convert.ToHexString(mac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            }
        }

        // Decoy: the project's own partner webhook chose HMAC-SHA1; nothing forces it.
        class PartnerWebhook
        {
            public byte[] Sign(byte[] k, byte[] body)
            {
                using var mac = {|CMP2001:new HMACSHA1(k)|};
                return mac.ComputeHash(body);
            }
        }
        """);

    [Fact]
    public Task A_method_about_the_password_field_does_not_take_a_password() => FastHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class ScreenLayouts
        {
            public static string PasswordLabelChecksum(string screenId) =>
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(screenId + "#pwd")));

            // Decoy: a method named for the password still takes the password.
            public static string PasswordDigest(string input) =>
                Convert.ToHexString({|#0:SHA256.HashData(Encoding.UTF8.GetBytes({|#1:input|}))|});
        }
        """,
        new DiagnosticResult(Compliance.Analyzers.Hashing.HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("input", "SHA256", "100,000", "microsoft-sdl"));
}

/// <summary>
/// A scan without a package restore leaves some types unbound: <c>form.LockerPassword + member.Salt</c> is then an
/// invalid concatenation, but the password still reaches the project's MD5 helper.
/// </summary>
public class UnboundConcatenationTests
{
    [Fact]
    public Task Password_concatenated_with_an_unbound_value_still_reaches_the_helper()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>
        {
            TestCode = """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                static class Crypt
                {
                    public static string Md5Hex(string text)
                    {
                        using var md5 = MD5.Create();
                        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(text)));
                    }
                }

                class LockerForm { public string Card = ""; public string LockerPassword = ""; public string Room = ""; }

                class Kiosk
                {
                    private readonly MemberStore _store = null!;

                    public bool Check(LockerForm form)
                    {
                        var member = _store.Find(form.Card);
                        var digest = {|#0:Crypt.Md5Hex({|#1:form.LockerPassword|} + member.Salt)|};
                        return digest == member.PasswordHash;
                    }

                    // Decoy: an unbound concatenation without a password is not a password hash.
                    public string RoomKey(LockerForm form)
                    {
                        var member = _store.Find(form.Card);
                        return Crypt.Md5Hex(form.Room + member.Floor);
                    }
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Compliance.Analyzers.Hashing.HashingDescriptors.FastHashOfPassword)
            .WithLocation(0).WithLocation(1).WithArguments("LockerPassword", "Crypt.Md5Hex → MD5", "100,000", "microsoft-sdl"));
        return test.RunAsync();
    }
}

/// <summary>
/// The hashed data's own local says what it is: a secret mixed into it makes the digest a keyed MAC (a forgeable
/// MD5 link signature), even where the surrounding names speak of files; a password reaches a fast hash through
/// a helper of a referenced project that calls another helper.
/// </summary>
public class HashInputAndProjectHelperTests
{
    [Fact]
    public Task A_secret_inside_the_hashed_local_makes_it_security_use() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        class ExportLinks
        {
            private readonly string _shareSecret = Environment.GetEnvironmentVariable("SHARE") ?? "";

            public string FileUrl(string file, long size)
            {
                var material = file + "|" + size + "|" + _shareSecret;
                var s = Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(material))|});
                return "/export/file/" + file + "?s=" + s;
            }

            // Decoy: the same shape without a secret names the file version.
            public string FileVersion(string file, long size)
            {
                var material = file + "|" + size;
                var v = Convert.ToHexString({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(material))|});
                return "/export/file/" + file + "?v=" + v;
            }
        }
        """);

    [Fact]
    public Task Password_through_nested_helpers_of_a_referenced_project_is_reported_at_the_call()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>
        {
            TestCode = """
                class Turnstile
                {
                    public bool Open(string badge, string password, string storedDigest) =>
                        storedDigest == {|#0:Shared.Crypt.Md5Short({|#1:password|})|};

                    // Decoy: the badge number is no password.
                    public string BadgeKey(string badge) => Shared.Crypt.Md5Short(badge);
                }
                """,
        };
        test.TestState.AdditionalProjects["SharedLib"].Sources.Add(("Crypt.cs", """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            namespace Shared
            {
                public static class Crypt
                {
                    public static string Md5Hex(string text)
                    {
                        using var md5 = MD5.Create();
                        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(text)));
                    }

                    public static string Md5Short(string text) => Md5Hex(text).Substring(8, 16);
                }
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("SharedLib");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Compliance.Analyzers.Hashing.HashingDescriptors.FastHashOfPassword)
            .WithLocation(0).WithLocation(1).WithArguments("password", "Crypt.Md5Short → MD5", "100,000", "microsoft-sdl"));
        return test.RunAsync();
    }

    // Review finding (c) and the seventh session's identifier class: one walk decides "the digest is an identifier" for
    // a Guid created from it and for a holder named as an id or number, through slices and conversions. Written for a
    // ferry-booking system; a security word in the holder's name keeps CMP2001, and CMP2002 still sees a password.
    [Fact]
    public Task A_digest_that_becomes_an_id_or_a_number_is_not_security_use() => WeakHash.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class SailingRefs
        {
            public static string TraceId(string booking, long ticks) =>
                Convert.ToHexString({|CMP2090:SHA1.HashData(Encoding.UTF8.GetBytes(booking + ticks))|})[..16];

            public static string ManifestNumber(string vessel, DateTime day)
            {
                return "MF" + Convert.ToHexString({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(vessel + day.Ticks))|})[..10];
            }

            public static Guid Sailing(string route) => new Guid({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(route))|});

            // Decoys: an id that is a session handle, a number that is a one-time code, and an unnamed helper.
            public static string SessionId(string booking) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(booking))|})[..16];

            public static string BoardingOtpNumber(string booking) =>
                Convert.ToHexString({|CMP2001:SHA1.HashData(Encoding.UTF8.GetBytes(booking))|})[..6];

            public static string Digest(string booking) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(booking))|});
        }
        """);
}

namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// Issue 14 (wh10): the verify path of a weak signature helper — its result rebuilt and compared with the presented value
/// (<c>==</c>, <c>string.Equals(Sign(…).Split("&amp;s=")[1], sig)</c>, <c>.EndsWith("&amp;s=" + sig)</c>) — is CMP2001 at
/// the call too. Decoys: the helper only returned (the signing path, reported inside), a file-checksum helper compared, a
/// cache-key helper compared, and a helper that hashes with SHA-256.
/// </summary>
public class WeakSignatureVerifyCallTests
{
    [Fact]
    public Task Compared_calls_of_weak_signature_helpers_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class DriverLinks
        {
            private const string LinkSalt = "cc-2019";

            public static string SignLink(string blob, long expires)
            {
                var sig = Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(blob + expires + LinkSalt))|});
                return $"/pod/{blob}?e={expires}&s={sig}";
            }

            public static bool VerifyLink(string blob, long expires, string sig) =>
                string.Equals({|CMP2001:SignLink(blob, expires)|}.Split("&s=")[1], sig, StringComparison.OrdinalIgnoreCase);

            public static bool CheckInvite(string blob, long expires, string sig) => {|CMP2001:SignLink(blob, expires)|}.EndsWith("&s=" + sig);

            public static string SignRequest(string body, string secret)
            {
                using var md5 = {|CMP2001:new MD5CryptoServiceProvider()|};
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(body + secret)));
            }

            public static bool VerifyRequest(string body, string signature, string secret) => {|CMP2001:SignRequest(body, secret)|} == signature;

            // Decoys.
            public static string Share(string blob) => SignLink(blob, 0);
            public static string FileMd5(byte[] data) => Convert.ToHexString({|CMP2090:MD5.HashData(data)|});
            public static bool SameFile(byte[] data, string expectedFileMd5) => FileMd5(data) == expectedFileMd5;
            public static string StrongSign(string body, string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body + secret)));
            public static bool VerifyStrong(string body, string sig, string secret) => StrongSign(body, secret) == sig;
        }
        """);
}

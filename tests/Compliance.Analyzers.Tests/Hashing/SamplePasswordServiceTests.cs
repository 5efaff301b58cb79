namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The bundled sample's PasswordService (samples/src/WarehouseCrm/Services/PasswordService.cs, copied
/// here so the test stands alone) under every weak-hash analyzer with build defaults: what
/// `compliance scan` reports for whitepaper claim 3.1 ("SHA-256 or bcrypt").
/// </summary>
public class SamplePasswordServiceTests
{
    private const string PasswordService = """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        namespace WarehouseCrm.Services;

        public sealed class PasswordService
        {
            private const string Salt = "cold-chain";

            public string HashPassword(string password)
            {
                using var md5 = MD5.Create();
                var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password + Salt));
                return Convert.ToHexString(bytes);
            }

            public bool Verify(string password, string storedHash) =>
                string.Equals(HashPassword(password), storedHash, StringComparison.OrdinalIgnoreCase);

            public static string PriceListETag(byte[] content) => Convert.ToHexString(MD5.HashData(content));

            public static string SessionToken(string userId)
            {
                var sha1 = SHA1.Create();
                return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(userId + DateTime.UtcNow.Ticks)));
            }
        }
        """;

    private static DiagnosticAnalyzer[] All() =>
        [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer(), new WeakKeyDerivationAnalyzer(), new WeakCipherAnalyzer()];

    [Fact]
    public async Task Reports_md5_password_hash_and_sha1_session_token_but_not_the_etag()
    {
        var diagnostics = await HashingHarness.RunAsync(PasswordService, All());
        Assert.Equal(
            [
                "CMP2001 13:25-13:37",   // MD5.Create() in HashPassword
                "CMP2002 14:21-14:77",   // md5.ComputeHash(… password + Salt …)
                "CMP2002 19:23-19:45",   // HashPassword(password) compared in Verify: the login checks with the MD5 hash
                "CMP2001 25:20-25:33",   // SHA1.Create() for a session token
            ],
            diagnostics.Select(d =>
            {
                var s = d.Location.GetLineSpan();
                return $"{d.Id} {s.StartLinePosition.Line + 1}:{s.StartLinePosition.Character + 1}-{s.EndLinePosition.Line + 1}:{s.EndLinePosition.Character + 1}";
            }));
        var related = Assert.Single(diagnostics[1].AdditionalLocations);
        Assert.Equal("password", related.SourceTree!.GetText().ToString(related.SourceSpan));
        Assert.Equal(14, related.GetLineSpan().StartLinePosition.Line + 1);
    }
}

namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// Issue 14, sixteenth session (branch whgen): weak-hash false positives shared by the read corpora written by different
/// sessions. An e-mail hashed for a Gravatar URL (heldout, heldout3, heldout4, heldout5, heldout9), a digest read only as
/// single bytes (a check character, a display colour: heldout5, heldout9) and a CancellationToken named "…Token" next to
/// the hashed data (heldout9) were CMP2001. Personal-data or session words alone no longer make such a digest security
/// use; a secret word still does, and a digest kept whole stays CMP2001.
/// </summary>
public class DigestShapeOverPersonalDataTests
{
    [Fact]
    public Task Gravatar_url_of_an_email_is_not_security_use_but_a_stored_email_digest_is() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class Profiles
        {
            public static string Url(string email) =>
                "https://cravatar.cn/avatar/" + Convert.ToHexString({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))|}).ToLowerInvariant();

            public static string Pseudonym(string email)
            {
                var digest = Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(email))|});
                return digest;
            }

            // A secret word wins over the avatar: a keyed digest for the avatar service is still protection.
            public static string SignedAvatar(string email, string secret) =>
                "https://cdn.example.com/avatar/" + Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(email + secret))|});
        }
        """);

    [Fact]
    public Task Single_bytes_of_a_digest_are_a_number_and_a_whole_digest_is_not() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        static class Tickets
        {
            public static string HeaderColour(string sessionCode)
            {
                var h = {|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(sessionCode))|};
                return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}";
            }

            public static char CheckChar(string phone) =>
                "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[{|CMP2090:MD5.HashData(Encoding.ASCII.GetBytes(phone))|}[0] % 36];

            public static string SessionDigest(string sessionCode)
            {
                var h = {|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(sessionCode))|};
                var sb = new StringBuilder();
                for (var i = 0; i < h.Length; i++) sb.Append(h[i].ToString("x2"));
                return sb.ToString();
            }

            // A secret word still decides: a code folded from a secret is protection.
            public static int SecretCode(string secret) => {|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(secret))|}[0] % 10;
        }
        """);

    [Fact]
    public Task A_cancellation_token_next_to_the_hashed_data_is_not_a_security_word() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Threading;
        using System.Threading.Tasks;

        class CaptureLoop
        {
            private Task<byte[]> GrabAsync(CancellationToken ct) => Task.FromResult(new byte[0]);

            public async Task<string> FrameIdAsync(CancellationToken stoppingToken)
            {
                var jpeg = await GrabAsync(stoppingToken);
                return Convert.ToHexString({|CMP2090:MD5.HashData(jpeg)|});
            }

            public async Task<string> TokenIdAsync(string token, CancellationToken stoppingToken)
            {
                var data = await GrabAsync(stoppingToken);
                return Convert.ToHexString({|CMP2001:MD5.HashData(data)|}) + token;
            }
        }
        """);
}

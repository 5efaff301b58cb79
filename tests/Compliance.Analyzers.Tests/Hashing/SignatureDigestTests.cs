namespace Compliance.Analyzers.Tests.Hashing;

using FastHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;
using WeakHash = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// A gateway password mixed into a request signature (<c>var sign = SHA256(account + password + ts)</c>) is a shared
/// secret in a signing protocol, not a stored password: no CMP2002. The algorithm is still judged (MD5 there is
/// CMP2001), and a password hashed into any other local stays CMP2002.
/// </summary>
public class SignatureDigestTests
{
    private const string Source = """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public class FerryTicketGateway
        {
            private const string Account = "ferry-desk";
            private readonly string _gatewayPassword = Environment.GetEnvironmentVariable("FERRY_GW_PASSWORD") ?? "";

            public string Sha256Request(string ts)
            {
                var sign = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Account + _gatewayPassword + ts)));
                return "account=" + Account + "&ts=" + ts + "&sign=" + sign;
            }

            public string Md5Request(string ts)
            {
                var signature = Convert.ToHexString([|MD5.HashData(Encoding.UTF8.GetBytes(Account + _gatewayPassword + ts))|]).ToLowerInvariant();
                return "ts=" + ts + "&signature=" + signature;
            }

            public string StoreClerkPassword(string clerkPassword, string salt)
            {
                var stored = Convert.ToHexString({|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(clerkPassword + salt))|});
                return stored;
            }
        }
        """;

    [Fact]
    public Task A_password_inside_a_signature_is_not_CMP2002_but_a_stored_one_is() =>
        FastHash.VerifyAsync(Source.Replace("[|", "").Replace("|]", ""));

    [Fact]
    public Task The_md5_signature_is_still_CMP2001() =>
        WeakHash.VerifyAsync(Source.Replace("[|", "{|CMP2001:").Replace("{|CMP2002:", "").Replace("|}", "").Replace("|]", "|}"));
}

namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14 (wh10, IoTSharp MQTTService): an unbound event argument's <c>Password</c> handed to helpers that, one or two
/// helpers deep, only hash it into the key of an in-memory index (<c>return $"index:{hash}"</c> in
/// <c>BuildAuthIndexKey</c>). The direct path already treats such a digest as a lookup key (HashUseContext); the helper-call
/// path now asks the same question at the hash it reaches, so the call sites stay silent and a real fast password hash
/// reached the same way is still reported.
/// </summary>
public class NestedLookupKeyHelperTests
{
    [Fact]
    public Task Helpers_that_only_build_lookup_keys_are_silent_and_a_nested_password_digest_is_not() => Verify.VerifyBrokenAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class BrokerAuth
        {
            private readonly Dictionary<string, string> _authIndex = new();
            private readonly Dictionary<string, string> _tokenIndex = new();

            private static string BuildAuthIndexKey(string identity, string secretValue)
            {
                var source = identity + ":" + secretValue;
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
                return $"auth_index:{hash}";
            }

            private static string BuildProductTokenIndexKey(string token)
            {
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
                return $"product_token:{hash}";
            }

            private static IEnumerable<string> BuildAuthIndexKeys(string userName, string password)
            {
                yield return BuildAuthIndexKey(userName, string.Empty);
                yield return BuildAuthIndexKey(userName, password);
            }

            private bool TryAcceptFromIndex(string userName, string password)
            {
                foreach (var key in BuildAuthIndexKeys(userName, password))
                    if (_authIndex.ContainsKey(key)) return true;
                return false;
            }

            private bool IsKnownProductToken(string password) => _tokenIndex.ContainsKey(BuildProductTokenIndexKey(password));

            // The true positive kept: the same route ending in a stored legacy digest, not a lookup key (reported at each
            // call that hands a password-named value on, as before).
            private static string LegacyDigest(string salt, string password) =>
                Convert.ToHexString({|CMP2002:SHA1.HashData(Encoding.UTF8.GetBytes(salt + password))|});

            private static string Stored(string userName, string password) => {|CMP2002:LegacyDigest(userName, password)|};

            private bool MatchesStored(string userName, string password, string expected) => {|CMP2002:Stored(userName, password)|} == expected;

            // ValidatingConnectionEventArgs is MQTTnet's, not in the compilation: e.Password is read by its name.
            public void OnValidating(ValidatingConnectionEventArgs e, string expected)
            {
                if (TryAcceptFromIndex(e.UserName, e.Password)) return;
                if (IsKnownProductToken(e.Password)) return;
                if ({|CMP2002:MatchesStored(e.UserName, e.Password, expected)|}) return;
            }
        }
        """);
}

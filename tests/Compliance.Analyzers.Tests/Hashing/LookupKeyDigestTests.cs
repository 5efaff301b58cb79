namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14 class 7, as IoTSharp's MQTT broker does it: a digest of the credentials that keys an in-memory auth cache
/// or index is not a stored password hash, even when the key's name also says "auth" or "token" — the head noun
/// ("cache key", "index key") decides. A method that stores the digest, or a key that is no lookup key, stays reported.
/// </summary>
public class LookupKeyDigestTests
{
    [Fact]
    public Task A_digest_returned_as_an_auth_cache_or_index_key_is_not_password_storage_and_a_stored_digest_is() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;

        class Device { public string Name { get; set; } = ""; }
        class Account { public string PasswordHash { get; set; } = ""; }

        class MqttBroker
        {
            private readonly Dictionary<string, Device> _authIndex = new();
            private readonly Dictionary<string, Device> _productTokenIndex = new();

            private static string BuildMqttAuthCacheKey(string clientId, string userName, string password)
            {
                var source = $"{clientId}:{userName}:{password}";
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
                return $"mqtt_auth:{hash}";
            }

            private static string BuildProductTokenIndexKey(string productToken)
            {
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(productToken)));
                return $"mqtt_product_token:{hash}";
            }

            private static IEnumerable<string> BuildMqttAuthIndexKeys(string userName, string password)
            {
                yield return BuildProductTokenIndexKey(userName + ":" + password);
            }

            public bool Accept(string clientId, string userName, string password)
            {
                foreach (var key in BuildMqttAuthIndexKeys(userName, password))
                    if (_authIndex.ContainsKey(key)) return true;
                return _productTokenIndex.ContainsKey(BuildProductTokenIndexKey(password))
                    || _authIndex.ContainsKey(BuildMqttAuthCacheKey(clientId, userName, password));
            }

            // Decoy: the same shape stores the digest as the account's password hash.
            private static string BuildPasswordHash(string password)
            {
                var hash = Convert.ToHexString({|#0:SHA256.HashData(Encoding.UTF8.GetBytes({|#1:password|}))|});
                return $"sha256:{hash}";
            }

            // Decoy: a key that is no lookup key (a signing key derived from the password).
            private static byte[] BuildSigningKey(string password) => {|#2:SHA256.HashData(Encoding.UTF8.GetBytes({|#3:password|}))|};

            // stored as the account's password: reported at the call too (seventeenth session, whsalt)
            public void Register(Account account, string password) => account.PasswordHash = {|#4:BuildPasswordHash({|#5:password|})|};
        }
        """,
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(0).WithLocation(1)
            .WithArguments("password", "SHA256", "100,000", "microsoft-sdl"),
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(2).WithLocation(3)
            .WithArguments("password", "SHA256", "100,000", "microsoft-sdl"),
        new DiagnosticResult(HashingDescriptors.FastHashOfPassword).WithLocation(4).WithLocation(5)
            .WithArguments("password", "MqttBroker.BuildPasswordHash → SHA256", "100,000", "microsoft-sdl"));

    [Theory]
    [InlineData("BuildMqttAuthCacheKey", true)]
    [InlineData("BuildProductTokenIndexKey", true)]
    [InlineData("BuildMqttAuthIndexKeys", true)]
    [InlineData("LookupKey", true)]
    [InlineData("BuildSigningKey", false)]
    [InlineData("PasswordKey", false)]
    [InlineData("CacheKeyFor", false)]
    public void The_head_noun_decides_a_lookup_key(string name, bool expected) =>
        Assert.Equal(expected, HashUseContext.NamesLookupKey(name));
}

namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14, duplicati's Filen backend (judged FP since the ninth session): the password goes through PBKDF2 first, half of
/// the derived key is kept as the "derived password" and its SHA-512 is sent, as Filen's auth v2 prescribes. A key derived
/// by a KDF is not a password, whatever the local holding it is called, also when the KDF sits in a helper and the login
/// entry point is two calls away. The same shapes without the KDF (EVP_BytesToKey-style MD5, a plain SHA-512) stay CMP2002.
/// </summary>
public class DerivedKeyHashTests
{
    [Fact]
    public Task A_password_hashed_after_a_key_derivation_is_not_a_fast_password_hash() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public sealed record AccountRootKeys(string MasterKey, string Password);

        public static class FilenCrypto
        {
            public static AccountRootKeys GenerateKeys(string rawPassword, string salt)
            {
                string derivedKey = Convert.ToHexString(DeriveKeyFromPassword(rawPassword, salt, 200000, 512)).ToLowerInvariant();
                string derivedPassword = derivedKey.Substring(derivedKey.Length / 2);
                string derivedMasterKey = derivedKey.Substring(0, derivedKey.Length / 2);
                return new AccountRootKeys(derivedMasterKey, CreateSHA512Hash(derivedPassword));
            }

            public static string InlineKeys(string password, byte[] salt)
            {
                var derivedPassword = Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32));
                return Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(derivedPassword)));
            }

            public static byte[] DeriveKeyFromPassword(string password, string salt, int iterations, int bitLength) =>
                Rfc2898DeriveBytes.Pbkdf2(password, Encoding.UTF8.GetBytes(salt), iterations, HashAlgorithmName.SHA512, bitLength / 8);

            // Decoy: named like a derivation, but only MD5 inside (OpenSSL's EVP_BytesToKey shape).
            public static byte[] DeriveLegacyKey(string password) => {|CMP2002:MD5.HashData(Encoding.UTF8.GetBytes(password))|};

            public static string LegacyKeys(string rawPassword)
            {
                string derivedKey = Convert.ToHexString({|CMP2002:DeriveLegacyKey(rawPassword)|});
                string derivedPassword = derivedKey.Substring(16);
                return {|CMP2002:CreateSHA512Hash(derivedPassword)|};
            }

            private static string CreateSHA512Hash(string input) =>
                Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();
        }

        public static class FilenClient
        {
            public static AccountRootKeys Login(string email, string password, string salt) => FilenCrypto.GenerateKeys(password, salt);

            // True positive kept: the same helper given the password itself.
            public static string StoreHash(string password) => {|CMP2002:FilenCrypto.LegacyKeys(password)|};
            public static string Plain(string password) => Convert.ToHexString({|CMP2002:SHA512.HashData(Encoding.UTF8.GetBytes(password))|});
        }
        """);
}

namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// Issue 14, twelfth session: a salt, pepper or seed held in a constant is the shared key of a home-made MAC (share links,
/// queue tickets, licence codes) or of a TOTP, so it is reported as a secret at its declaration; a salt generated or read
/// at run time, a per-record salt property and a numeric or word-like seed are not. Written for a tram depot's systems.
/// </summary>
public class ConstantSaltTests
{
    private const string Usings = """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        """;

    private static Task Verify(string body) => SecretsTest.VerifyAsync(Usings + body);

    [Fact]
    public Task Salts_peppers_and_generated_seeds_in_constants_are_reported() =>
        Verify($$"""
            static class DepotPass
            {
                private const string PassSalt = {|CMP1002:"tram-depot-2022"|};
                private static readonly string Pepper = {|CMP1002:"{{AlnumOf(20, 1301)}}"|};
                public const string NightShiftSeed = {|CMP1002:"{{Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32, 1302)}}"|};
                private const string CourierCheckWord = {|CMP1002:"{{AlnumOf(32, 1303)}}"|};

                public static string Sign(string tramNo, long day)
                {
                    const string salt = {|CMP1002:"north-yard-2019"|};
                    return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tramNo + day + salt + PassSalt + Pepper)));
                }
            }
            """);

    [Fact]
    public Task Salts_made_at_run_time_per_record_and_non_generated_seeds_are_not_reported() =>
        Verify($$"""
            class DepotAccount
            {
                public string PasswordSalt { get; set; } = "";
                private static readonly byte[] KeySalt = RandomNumberGenerator.GetBytes(16);
                private readonly string instanceSalt = "depot-instance-salt-fixed";
                private const string DataSeed = "timetable";
                private const string RandomSeed = "12345678";
                private const string SaltChars = "abcdefghijklmnop";
                private const string ShortSalt = "x1";
                // a random id that is not base32 (the form TOTP seeds are shared in), and an unqualified Seed
                private const string ShuffleSeed = "{{AlnumOf(24, 1304)}}";
                private const string Seed = "{{Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32, 1305)}}";

                public void Reset() { PasswordSalt = "per-record-" + Guid.NewGuid(); }
            }
            """);
}

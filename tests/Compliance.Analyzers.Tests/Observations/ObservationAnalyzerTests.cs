namespace Compliance.Analyzers.Tests.Observations;

using Compliance.Analyzers.Observations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

/// <summary>
/// The hidden observation rules (positive evidence for claim verdicts): exact spans where the code does
/// the right thing, nothing where it does not or where nothing is judged. Every test also runs the
/// candidate-driven path (Verifiers.cs), so the prefilter keeps these units.
/// </summary>
public class ObservationAnalyzerTests
{
    [Fact]
    public void Observation_descriptors_are_hidden_so_builds_stay_quiet()
    {
        foreach (var analyzer in new DiagnosticAnalyzer[] { new PasswordSlowHashObservationAnalyzer(), new PersonalDataMaskedObservationAnalyzer(), new CredentialFromConfigurationObservationAnalyzer() })
            foreach (var d in analyzer.SupportedDiagnostics)
            {
                Assert.Equal(DiagnosticSeverity.Hidden, d.DefaultSeverity);
                Assert.True(d.IsEnabledByDefault);
                Assert.Contains("observation", d.CustomTags);
            }
    }

    [Fact]
    public Task Password_hashed_with_PasswordHasher_or_strong_pbkdf2_is_observed_weak_settings_are_not() =>
        AnalyzerTest<PasswordSlowHashObservationAnalyzer>.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.Identity;

            public class AppUser { }

            class Accounts
            {
                private readonly IPasswordHasher<AppUser> _hasher = new PasswordHasher<AppUser>();

                public string Store(AppUser user, string password) => {|CMP2990:_hasher.HashPassword(user, password)|};

                public byte[] Strong(string password) =>
                    {|CMP2990:Rfc2898DeriveBytes.Pbkdf2(password, RandomNumberGenerator.GetBytes(16), 600_000, HashAlgorithmName.SHA256, 32)|};

                // Below the microsoft-sdl profile, SHA-1, or a constant salt: no evidence (CMP2003 reports them).
                public byte[] Few(string password) => Rfc2898DeriveBytes.Pbkdf2(password, RandomNumberGenerator.GetBytes(16), 10_000, HashAlgorithmName.SHA256, 32);
                public byte[] Sha1(string password) => Rfc2898DeriveBytes.Pbkdf2(password, RandomNumberGenerator.GetBytes(16), 600_000, HashAlgorithmName.SHA1, 32);
                public byte[] Fixed(string password) => Rfc2898DeriveBytes.Pbkdf2(password, Encoding.UTF8.GetBytes("company-salt-2024"), 600_000, HashAlgorithmName.SHA512, 32);

                // Iterations that are not a constant: not evidence either way.
                public byte[] Unknown(string password, int n) => Rfc2898DeriveBytes.Pbkdf2(password, RandomNumberGenerator.GetBytes(16), n, HashAlgorithmName.SHA256, 32);
            }
            """);

    [Fact]
    public Task Personal_data_masked_before_a_log_is_observed_unmasked_is_not() =>
        AnalyzerTest<PersonalDataMaskedObservationAnalyzer>.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            static class Pii { public static string MaskPhone(string s) => s.Substring(0, 3) + "****" + s.Substring(7); }

            class Orders
            {
                void Ship(ILogger logger, string phone, string orderId)
                {
                    {|CMP3990:logger.LogInformation("phone {Phone}", Pii.MaskPhone(phone))|};
                    logger.LogInformation("phone {Phone}", phone);      // unmasked: CMP3001's, not evidence
                    logger.LogInformation("order {OrderId}", orderId);  // no personal data: nothing to judge
                }
            }
            """);

    [Fact]
    public Task Credentials_from_configuration_environment_or_a_secret_store_are_observed() =>
        AnalyzerTest<CredentialFromConfigurationObservationAnalyzer>.VerifyAsync("""
            using System;
            using System.Net;
            using Microsoft.Extensions.Configuration;

            class Mail
            {
                NetworkCredential FromConfig(IConfiguration configuration) => new("mailer", {|CMP1990:configuration["Mail:Password"]|});

                NetworkCredential FromEnvironment()
                {
                    var password = Environment.GetEnvironmentVariable("MAIL_PASSWORD");
                    return new NetworkCredential("mailer", {|CMP1990:password|});
                }

                // A parameter is neither evidence nor a finding.
                NetworkCredential FromCaller(string password) => new("mailer", password);
            }
            """);
}

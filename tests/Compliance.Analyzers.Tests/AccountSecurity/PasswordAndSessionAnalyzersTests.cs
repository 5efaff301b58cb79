namespace Compliance.Analyzers.Tests.AccountSecurity;

using Compliance.Analyzers.AccountSecurity;
using Microsoft.CodeAnalysis.Testing;
using PasswordVerify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccountSecurity.WeakPasswordOptionsAnalyzer>;
using SessionVerify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccountSecurity.SessionRevocationAnalyzer>;

public class PasswordAndSessionAnalyzersTests
{
    [Fact]
    public Task Password_options_below_the_policy_are_reported_and_strong_ones_observed() => PasswordVerify.VerifyAsync("""
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.DependencyInjection;

        static class IdentitySetup
        {
            public static void Weak(IServiceCollection services) => services.Configure<IdentityOptions>(options =>
            {
                {|#0:options.Password.RequiredLength = 6|};
                options.Password.RequireDigit = false;
                {|#1:options.Password.RequireNonAlphanumeric = false|};
            });

            public static void Strong(IServiceCollection services) => services.Configure<IdentityOptions>(o =>
            {
                {|#2:o.Password.RequiredLength = 12|};
                o.Password.RequireNonAlphanumeric = false;
            });

            public static PasswordOptions Initializer() => new PasswordOptions
            {
                RequireDigit = false,
                RequireUppercase = false,
                RequireLowercase = true,
                {|CMP4103:RequireNonAlphanumeric = false|},
            };
        }
        """,
        new DiagnosticResult(AccountSecurityDescriptors.WeakPasswordOptions).WithLocation(0).WithArguments(AccountSecurityDescriptors.Reason("CMP4103_Length", "6", "8")),
        new DiagnosticResult(AccountSecurityDescriptors.WeakPasswordOptions).WithLocation(1).WithArguments(AccountSecurityDescriptors.Reason("CMP4103_Classes", "2", "3")),
        new DiagnosticResult(AccountSecurityDescriptors.PasswordPolicyObserved).WithLocation(2).WithArguments(AccountSecurityDescriptors.Reason("CMP4191_Message", "12", "3", "8", "3")));

    // IdentityModel and JwtBearer are packages, not part of the shared framework: matched by name, as in fallback scans.
    private const string TokenStubs = """

        namespace Microsoft.IdentityModel.Tokens
        {
            public class TokenValidationParameters { public bool ValidateLifetime { get; set; } = true; public bool RequireExpirationTime { get; set; } = true; }
            public class SecurityTokenDescriptor { public System.DateTime? Expires { get; set; } }
        }
        namespace System.IdentityModel.Tokens.Jwt
        {
            public class JwtSecurityToken
            {
                public JwtSecurityToken(string issuer = null, string audience = null, System.Collections.Generic.IEnumerable<System.Security.Claims.Claim> claims = null,
                    System.DateTime? notBefore = null, System.DateTime? expires = null, object signingCredentials = null) { }
                public JwtSecurityToken(string jwtEncodedString) { }
            }
        }
        """;

    [Fact]
    public Task Session_and_token_lifetimes_beyond_the_policy_are_reported() => SessionVerify.VerifyAsync("""
        #nullable disable
        using System;
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        static class AuthSetup
        {
            public static void Configure(IServiceCollection services)
            {
                services.Configure<SecurityStampValidatorOptions>(o => {|#0:o.ValidationInterval = TimeSpan.FromHours(8)|});
                services.Configure<DataProtectionTokenProviderOptions>(o => {|#1:o.TokenLifespan = TimeSpan.FromDays(7)|});
                var parameters = new TokenValidationParameters { {|#2:ValidateLifetime = false|} };
                // a reset provider of the team's own keeps the policy
                services.Configure<PasswordResetTokenOptions>(o => {|#5:o.TokenLifespan = TimeSpan.FromDays(3)|});
            }

            public static object Issue(string issuer) => {|#3:new JwtSecurityToken(issuer, "api")|};
            public static object IssueLong(string issuer) => {|#4:new JwtSecurityToken(issuer, "api", expires: DateTime.UtcNow.AddDays(30))|};
            public static SecurityTokenDescriptor Forever() => new SecurityTokenDescriptor { {|CMP4104:Expires = DateTime.MaxValue|} };
        }

        class PasswordResetTokenOptions : DataProtectionTokenProviderOptions { }
        """ + TokenStubs,
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(0).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_StampInterval", "8 h", "30 min")),
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(1).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_ResetLifespan", "7 d", "1 d")),
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(2).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_ValidateLifetime", "ValidateLifetime")),
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(3).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_NoExpiry")),
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(4).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_LongExpiry", "30 d", "1 d")),
        new DiagnosticResult(AccountSecurityDescriptors.SessionRevocationWeak).WithLocation(5).WithArguments(AccountSecurityDescriptors.Reason("CMP4104_ResetLifespan", "3 d", "1 d")));

    [Fact]
    public Task Lifetimes_within_the_policy_are_not_reported_and_the_stamp_interval_is_observed() => SessionVerify.VerifyAsync("""
        #nullable disable
        using System;
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        static class AuthSetup
        {
            public static void Configure(IServiceCollection services, TimeSpan fromSettings)
            {
                services.Configure<SecurityStampValidatorOptions>(o => {|CMP4192:o.ValidationInterval = TimeSpan.FromMinutes(5)|});
                services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
                services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = fromSettings);
                // a provider of its own: "remember this device" for a month is not a reset token
                services.Configure<RememberDeviceTokenOptions>(o => o.TokenLifespan = TimeSpan.FromDays(30));
                var parameters = new TokenValidationParameters { ValidateLifetime = true };
            }

            public static object Issue(string issuer) => new JwtSecurityToken(issuer, "api", expires: DateTime.UtcNow.AddMinutes(15));
            public static object Read(string jwt) => new JwtSecurityToken(jwt);
        }

        class RememberDeviceTokenOptions : DataProtectionTokenProviderOptions { }
        """ + TokenStubs);

    [Fact]
    public Task Broken_code_does_not_throw() => SessionVerify.VerifyBrokenAsync("""
        using System;
        using Microsoft.AspNetCore.Identity;

        class Broken
        {
            void M(SecurityStampValidatorOptions o)
            {
                o.ValidationInterval = TimeSpan.FromHours();
                o.ValidationInterval = TimeSpan.FromHours(;
                {|CMP4104:o.ValidationInterval = new TimeSpan(2, 0, 0)|}
            }
        """);
}

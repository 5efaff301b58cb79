using System;
using System.Collections.Generic;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>
    /// API names that make a unit worth binding for the rules that are not about a personal-data,
    /// secret or crypto name: tls in code (CMP42xx), account security (CMP41xx). Every such rule
    /// reports inside a unit that writes one of these names (the assignment to the option, the call,
    /// the callback conversion), which is what keeps the candidate path equal to the full run.
    /// </summary>
    internal static class CandidateRuleNames
    {
        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.Ordinal)
        {
            // CMP4201/CMP4202: certificate validation callbacks, protocol versions
            "ServerCertificateCustomValidationCallback", "ServerCertificateValidationCallback", "RemoteCertificateValidationCallback",
            "DangerousAcceptAnyServerCertificateValidator", "SslPolicyErrors", "SslStream", "SslClientAuthenticationOptions",
            "SslServerAuthenticationOptions", "SslOptions", "SslProtocols", "SecurityProtocolType", "SecurityProtocol", "EnabledSslProtocols",

            // CMP4101–CMP4105, CMP4190–CMP4193: Identity options, sign-in calls, token lifetimes
            "Lockout", "MaxFailedAccessAttempts", "AllowedForNewUsers", "PasswordSignInAsync", "CheckPasswordSignInAsync", "CheckPasswordAsync",
            "RequiredLength", "RequireDigit", "RequireLowercase", "RequireUppercase", "RequireNonAlphanumeric",
            "ValidationInterval", "TokenLifespan", "ValidateLifetime", "RequireExpirationTime", "JwtSecurityToken", "Expires",

            // CMP4001/CMP4002/CMP4090: endpoints and authorization attributes (the personal-data return
            // types themselves are in the compilation's vocabulary)
            "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "AllowAnonymous",
        };

        public static bool Contains(string identifier) => Names.Contains(identifier) || IsPageHandlerName(identifier);

        /// <summary>CMP4001/CMP4090 on Razor Pages report at the handler's name (OnGet, OnPostExportAsync…).</summary>
        private static bool IsPageHandlerName(string identifier) =>
            identifier.StartsWith("OnGet", StringComparison.Ordinal) || identifier.StartsWith("OnPost", StringComparison.Ordinal)
            || identifier.StartsWith("OnPut", StringComparison.Ordinal) || identifier.StartsWith("OnPatch", StringComparison.Ordinal)
            || identifier.StartsWith("OnDelete", StringComparison.Ordinal);
    }
}

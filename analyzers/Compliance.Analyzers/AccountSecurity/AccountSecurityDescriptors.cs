using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// The account-security theme in code (CMP41xx): findings CMP4101–CMP4105 and the
    /// observations CMP4190–CMP4193 (hidden diagnostics recording a setting at or above the policy,
    /// positive evidence for the claims; rules/diagnostics/CMP419x.yaml has <c>kind: observation</c>).
    /// Descriptors are generated from rules/diagnostics (AccountSecurityDescriptors.g.cs). Thresholds are the product's default policy (docs/policies.md, "account-security").
    /// </summary>
    internal static partial class AccountSecurityDescriptors
    {
        // Default policy (docs/policies.md): lockout after at most 5 failures; passwords >= 8 characters
        // with 3 of the 4 classes; security stamp re-validated within 30 minutes; reset tokens <= 1 day;
        // access tokens expire within 24 hours.
        public const int MaxFailedAttempts = 5;
        public const int MinPasswordLength = 8;
        public const int MinCharacterClasses = 3;
        public static readonly System.TimeSpan MaxStampInterval = System.TimeSpan.FromMinutes(30);
        public static readonly System.TimeSpan MaxResetTokenLifespan = System.TimeSpan.FromDays(1);
        public static readonly System.TimeSpan MaxTokenLifetime = System.TimeSpan.FromHours(24);

        /// <summary>A localizable message: rule text <paramref name="key"/> (rules/diagnostics, <c>analyzer.messages</c>) formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) => RuleTexts.Format(key, args);
    }
}

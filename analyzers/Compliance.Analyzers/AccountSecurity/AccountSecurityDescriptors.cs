using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// Descriptors of the account-security theme in code (CMP41xx): findings CMP4101–CMP4105 and the
    /// observations CMP4190–CMP4193 (hidden diagnostics recording a setting at or above the policy,
    /// positive evidence for the claims; rules/diagnostics/CMP419x.yaml has <c>kind: observation</c>).
    /// Thresholds are the product's default policy (docs/policies.md, "account-security").
    /// </summary>
    internal static class AccountSecurityDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.AccountSecurity.AccountSecurityResources", typeof(AccountSecurityDescriptors).Assembly);

        private static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(AccountSecurityDescriptors));

        private static DiagnosticDescriptor Make(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
            new DiagnosticDescriptor(id, L(id + "_Title"), L("Reason_Message"), DiagnosticCategories.AccountSecurity, severity,
                isEnabledByDefault: true, description: L(id + "_Description"), helpLinkUri: HelpLinks.For(id),
                customTags: severity == DiagnosticSeverity.Hidden ? new[] { "account-security", "observation" } : new[] { "account-security", "security" });

        // Default policy (docs/policies.md): lockout after at most 5 failures; passwords >= 8 characters
        // with 3 of the 4 classes; security stamp re-validated within 30 minutes; reset tokens <= 1 day;
        // access tokens expire within 24 hours.
        public const int MaxFailedAttempts = 5;
        public const int MinPasswordLength = 8;
        public const int MinCharacterClasses = 3;
        public static readonly System.TimeSpan MaxStampInterval = System.TimeSpan.FromMinutes(30);
        public static readonly System.TimeSpan MaxResetTokenLifespan = System.TimeSpan.FromDays(1);
        public static readonly System.TimeSpan MaxTokenLifetime = System.TimeSpan.FromHours(24);

        public const string CatalogSeverity = "high";

        public static readonly DiagnosticDescriptor LockoutWeak = Make(RuleIdentifiers.LockoutWeak);
        public static readonly DiagnosticDescriptor SignInWithoutLockout = Make(RuleIdentifiers.SignInWithoutLockout);
        public static readonly DiagnosticDescriptor WeakPasswordOptions = Make(RuleIdentifiers.WeakPasswordOptions);
        public static readonly DiagnosticDescriptor SessionRevocationWeak = Make(RuleIdentifiers.SessionRevocationWeak);
        public static readonly DiagnosticDescriptor LoginFailureNotLogged = Make(RuleIdentifiers.LoginFailureNotLogged);

        public static readonly DiagnosticDescriptor LockoutObserved = Make(RuleIdentifiers.LockoutObserved, DiagnosticSeverity.Hidden);
        public static readonly DiagnosticDescriptor PasswordPolicyObserved = Make(RuleIdentifiers.PasswordPolicyObserved, DiagnosticSeverity.Hidden);
        public static readonly DiagnosticDescriptor SessionRevocationObserved = Make(RuleIdentifiers.SessionRevocationObserved, DiagnosticSeverity.Hidden);
        public static readonly DiagnosticDescriptor LoginFailureLoggedObserved = Make(RuleIdentifiers.LoginFailureLoggedObserved, DiagnosticSeverity.Hidden);

        public static LocalizableString Reason(string key, params string[] args) =>
            new LocalizableResourceString(key, Resources, typeof(AccountSecurityDescriptors), args);
    }
}

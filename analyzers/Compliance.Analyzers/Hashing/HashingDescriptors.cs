using System.Collections.Immutable;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>Diagnostic descriptors of the weak-hash theme; text comes from HashingResources(.zh-Hans).resx.</summary>
    internal static class HashingDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Hashing.HashingResources", typeof(HashingDescriptors).Assembly);

        internal static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(HashingDescriptors));

        /// <summary>Catalog severities (rules/diagnostics/CMP2*.yaml), passed on as <c>compliance.severity</c> in test projects.</summary>
        internal static readonly ImmutableDictionary<string, string> CatalogSeverity = ImmutableDictionary.CreateRange(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string>(RuleIdentifiers.WeakHashAlgorithm, "high"),
            new System.Collections.Generic.KeyValuePair<string, string>(RuleIdentifiers.FastHashOfPassword, "critical"),
            new System.Collections.Generic.KeyValuePair<string, string>(RuleIdentifiers.WeakKeyDerivation, "high"),
            new System.Collections.Generic.KeyValuePair<string, string>(RuleIdentifiers.WeakCipher, "high"),
            new System.Collections.Generic.KeyValuePair<string, string>(RuleIdentifiers.NonSecurityWeakHash, "low"),
        });

        private static DiagnosticDescriptor Make(string id, string messageKey, DiagnosticSeverity severity = DiagnosticSeverity.Warning, bool enabled = true) =>
            new DiagnosticDescriptor(
                id,
                L(id + "_Title"),
                L(messageKey),
                DiagnosticCategories.Hashing,
                severity,
                isEnabledByDefault: enabled,
                description: L(id + "_Description"),
                helpLinkUri: HelpLinks.For(id),
                customTags: new[] { "weak-hash", "security" });

        public static readonly DiagnosticDescriptor WeakHashAlgorithm = Make(RuleIdentifiers.WeakHashAlgorithm, "CMP2001_Message");
        public static readonly DiagnosticDescriptor NonSecurityWeakHash = Make(RuleIdentifiers.NonSecurityWeakHash, "CMP2090_Message", DiagnosticSeverity.Info, enabled: false);
        public static readonly DiagnosticDescriptor FastHashOfPassword = Make(RuleIdentifiers.FastHashOfPassword, "CMP2002_Message");

        // One id, several messages: each names the weak setting it found.
        public static readonly DiagnosticDescriptor KdfLowIterations = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_LowIterations");
        public static readonly DiagnosticDescriptor KdfSha1 = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_Sha1");
        public static readonly DiagnosticDescriptor KdfPasswordDeriveBytes = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_PasswordDeriveBytes");
        public static readonly DiagnosticDescriptor KdfConstantSalt = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_ConstantSalt");
        public static readonly DiagnosticDescriptor KdfShortSalt = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_ShortSalt");
        public static readonly DiagnosticDescriptor KdfIdentityV2 = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_IdentityV2");
        public static readonly DiagnosticDescriptor KdfBcryptWorkFactor = Make(RuleIdentifiers.WeakKeyDerivation, "CMP2003_BcryptWorkFactor");

        public static readonly DiagnosticDescriptor CipherWeakAlgorithm = Make(RuleIdentifiers.WeakCipher, "CMP2004_WeakAlgorithm");
        public static readonly DiagnosticDescriptor CipherEcb = Make(RuleIdentifiers.WeakCipher, "CMP2004_Ecb");
        public static readonly DiagnosticDescriptor CipherHardcodedKey = Make(RuleIdentifiers.WeakCipher, "CMP2004_HardcodedKey");
    }
}

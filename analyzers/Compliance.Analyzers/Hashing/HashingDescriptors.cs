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

        // One descriptor per id (tools key rules by id); the message is "{0}", a localizable reason
        // naming the weak setting found (see Reason).
        public static readonly DiagnosticDescriptor WeakKeyDerivation = Make(RuleIdentifiers.WeakKeyDerivation, "Reason_Message");
        public static readonly DiagnosticDescriptor WeakCipher = Make(RuleIdentifiers.WeakCipher, "Reason_Message");

        /// <summary>A localizable message argument: resource <paramref name="key"/> formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) =>
            new LocalizableResourceString(key, Resources, typeof(HashingDescriptors), args);
    }
}

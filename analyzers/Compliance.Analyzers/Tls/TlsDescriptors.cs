using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Tls
{
    /// <summary>Diagnostic descriptors of the tls theme in code (CMP42xx); text comes from TlsResources(.zh-Hans).resx.</summary>
    internal static class TlsDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Tls.TlsResources", typeof(TlsDescriptors).Assembly);

        private static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(TlsDescriptors));

        private static DiagnosticDescriptor Make(string id) =>
            new DiagnosticDescriptor(id, L(id + "_Title"), L("Reason_Message"), DiagnosticCategories.Tls, DiagnosticSeverity.Warning,
                isEnabledByDefault: true, description: L(id + "_Description"), helpLinkUri: HelpLinks.For(id), customTags: new[] { "tls", "security" });

        // Catalog severities (rules/diagnostics/CMP42*.yaml): both high.
        public const string CatalogSeverity = "high";

        public static readonly DiagnosticDescriptor CertificateValidationDisabled = Make(RuleIdentifiers.CertificateValidationDisabled);
        public static readonly DiagnosticDescriptor ObsoleteTlsProtocol = Make(RuleIdentifiers.ObsoleteTlsProtocol);

        /// <summary>A localizable message: resource <paramref name="key"/> formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) =>
            new LocalizableResourceString(key, Resources, typeof(TlsDescriptors), args);
    }
}

using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.AccessControl
{
    /// <summary>Descriptors of the access-control theme in code (CMP40xx); CMP4090 is an observation (hidden).</summary>
    internal static class AccessControlDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.AccessControl.AccessControlResources", typeof(AccessControlDescriptors).Assembly);

        private static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(AccessControlDescriptors));

        private static DiagnosticDescriptor Make(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
            new DiagnosticDescriptor(id, L(id + "_Title"), L("Reason_Message"), DiagnosticCategories.AccessControl, severity,
                isEnabledByDefault: true, description: L(id + "_Description"), helpLinkUri: HelpLinks.For(id),
                customTags: severity == DiagnosticSeverity.Hidden ? new[] { "access-control", "observation" } : new[] { "access-control", "security" });

        public const string CatalogSeverity = "high";

        public static readonly DiagnosticDescriptor UnauthorizedPersonalDataEndpoint = Make(RuleIdentifiers.UnauthorizedPersonalDataEndpoint);
        public static readonly DiagnosticDescriptor AnonymousAdminAction = Make(RuleIdentifiers.AnonymousAdminAction);
        public static readonly DiagnosticDescriptor AuthorizedPersonalDataEndpointObserved = Make(RuleIdentifiers.AuthorizedPersonalDataEndpointObserved, DiagnosticSeverity.Hidden);

        public static LocalizableString Reason(string key, params string[] args) =>
            new LocalizableResourceString(key, Resources, typeof(AccessControlDescriptors), args);
    }
}

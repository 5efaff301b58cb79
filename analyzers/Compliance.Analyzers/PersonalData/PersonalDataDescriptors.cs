namespace Compliance.Analyzers.PersonalData
{
    using System.Resources;
    using Microsoft.CodeAnalysis;

    /// <summary>Descriptors of the pii theme; text comes from PersonalDataResources(.zh-Hans).resx.</summary>
    internal static class PersonalDataDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.PersonalData.PersonalDataResources", typeof(PersonalDataDescriptors).Assembly);

        internal static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(PersonalDataDescriptors));

        private static DiagnosticDescriptor Make(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
            new DiagnosticDescriptor(
                id,
                L(id + "_Title"),
                L(id + "_Message"),
                DiagnosticCategories.PersonalData,
                severity,
                isEnabledByDefault: true,
                description: L(id + "_Description"),
                helpLinkUri: HelpLinks.For(id),
                customTags: new[] { "pii", "security" });

        public static readonly DiagnosticDescriptor Logged = Make(RuleIdentifiers.PersonalDataLogged);
        public static readonly DiagnosticDescriptor InException = Make(RuleIdentifiers.PersonalDataInException);
        public static readonly DiagnosticDescriptor InResponse = Make(RuleIdentifiers.PersonalDataInResponse);
        public static readonly DiagnosticDescriptor WrittenToFile = Make(RuleIdentifiers.PersonalDataWrittenToFile);
        public static readonly DiagnosticDescriptor InTelemetry = Make(RuleIdentifiers.PersonalDataInTelemetry);
        public static readonly DiagnosticDescriptor Literal = Make(RuleIdentifiers.PersonalDataLiteral);

        /// <summary>Hidden: invisible in builds, collected by the CLI into the personal-data inventory.</summary>
        public static readonly DiagnosticDescriptor Inventory = Make(RuleIdentifiers.PersonalDataInventory, DiagnosticSeverity.Hidden);
    }
}

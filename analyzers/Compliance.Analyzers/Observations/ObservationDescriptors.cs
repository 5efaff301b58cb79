namespace Compliance.Analyzers.Observations
{
    using System.Resources;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// Hidden diagnostics that are positive evidence, not problems (DECISIONS.md, "Observations"): the CLI
    /// turns every diagnostic of a <c>kind: observation</c> catalog entry into an observation {file, line,
    /// ruleId} that verifies a claim part. Builds never show them. Text: ObservationResources(.zh-Hans).resx.
    /// </summary>
    internal static class ObservationDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Observations.ObservationResources", typeof(ObservationDescriptors).Assembly);

        private static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(ObservationDescriptors));

        private static DiagnosticDescriptor Make(string id, string category, string theme) =>
            new DiagnosticDescriptor(
                id,
                L(id + "_Title"),
                L(id + "_Message"),
                category,
                DiagnosticSeverity.Hidden,
                isEnabledByDefault: true,
                description: L(id + "_Description"),
                helpLinkUri: HelpLinks.For(id),
                customTags: new[] { theme, "security", "observation" });

        public static readonly DiagnosticDescriptor CredentialFromConfiguration =
            Make(RuleIdentifiers.CredentialFromConfiguration, DiagnosticCategories.Secrets, "secret");

        public static readonly DiagnosticDescriptor PasswordSlowHash =
            Make(RuleIdentifiers.PasswordSlowHash, DiagnosticCategories.Hashing, "weak-hash");

        // One id per sink family, so each verifies only its own control (logs, responses, files).
        public static readonly DiagnosticDescriptor PersonalDataMasked =
            Make(RuleIdentifiers.PersonalDataMasked, DiagnosticCategories.PersonalData, "pii");

        public static readonly DiagnosticDescriptor PersonalDataMaskedInResponse =
            Make(RuleIdentifiers.PersonalDataMaskedInResponse, DiagnosticCategories.PersonalData, "pii");

        public static readonly DiagnosticDescriptor PersonalDataMaskedInFile =
            Make(RuleIdentifiers.PersonalDataMaskedInFile, DiagnosticCategories.PersonalData, "pii");
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Descriptors of the secret theme; text comes from SecretsResources(.zh-Hans).resx.</summary>
    internal static class SecretsDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Secrets.SecretsResources", typeof(SecretsDescriptors).Assembly);

        internal static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(SecretsDescriptors));

        /// <summary>Catalog severities (rules/diagnostics/CMP1*.yaml); lowered and passed as <c>compliance.severity</c> in test projects.</summary>
        internal static readonly ImmutableDictionary<string, string> CatalogSeverity = new Dictionary<string, string>
        {
            [RuleIdentifiers.HardcodedCredentialInSink] = "critical",
            [RuleIdentifiers.SecretNamedSymbolAssignedConstant] = "high",
            [RuleIdentifiers.KnownTokenFormat] = "critical",
            [RuleIdentifiers.ConnectionStringWithPassword] = "high",
            [RuleIdentifiers.SecretInConfigurationFile] = "high",
        }.ToImmutableDictionary();

        private static DiagnosticDescriptor Make(string id) =>
            new DiagnosticDescriptor(
                id,
                L(id + "_Title"),
                L(id + "_Message"),
                DiagnosticCategories.Secrets,
                DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: L(id + "_Description"),
                helpLinkUri: HelpLinks.For(id),
                customTags: new[] { "secret", "security" });

        public static readonly DiagnosticDescriptor HardcodedCredentialInSink = Make(RuleIdentifiers.HardcodedCredentialInSink);
        public static readonly DiagnosticDescriptor SecretNamedSymbolAssignedConstant = Make(RuleIdentifiers.SecretNamedSymbolAssignedConstant);
        public static readonly DiagnosticDescriptor KnownTokenFormat = Make(RuleIdentifiers.KnownTokenFormat);
        public static readonly DiagnosticDescriptor ConnectionStringWithPassword = Make(RuleIdentifiers.ConnectionStringWithPassword);
        public static readonly DiagnosticDescriptor SecretInConfigurationFile = Make(RuleIdentifiers.SecretInConfigurationFile);

        public static DiagnosticDescriptor For(string id) => id switch
        {
            RuleIdentifiers.HardcodedCredentialInSink => HardcodedCredentialInSink,
            RuleIdentifiers.SecretNamedSymbolAssignedConstant => SecretNamedSymbolAssignedConstant,
            RuleIdentifiers.KnownTokenFormat => KnownTokenFormat,
            RuleIdentifiers.ConnectionStringWithPassword => ConnectionStringWithPassword,
            _ => SecretInConfigurationFile,
        };
    }

    /// <summary>A message argument in two languages, picked by the culture the diagnostic is formatted for.</summary>
    internal sealed class BilingualString : LocalizableString
    {
        private readonly string en;
        private readonly string zh;

        public BilingualString(string en, string zh)
        {
            this.en = en;
            this.zh = zh;
        }

        protected override string GetText(IFormatProvider? formatProvider)
        {
            var culture = formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
            return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? zh : en;
        }

        protected override int GetHash() => en.GetHashCode();

        protected override bool AreEqual(object? other) => other is BilingualString b && b.en == en && b.zh == zh;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>
    /// The secret theme (CMP1xxx): descriptors and severities are generated from rules/diagnostics
    /// (SecretsDescriptors.g.cs); secret kinds and code-fix titles come from SecretsResources(.zh-Hans).resx.
    /// </summary>
    internal static partial class SecretsDescriptors
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Secrets.SecretsResources", typeof(SecretsDescriptors).Assembly);

        internal static LocalizableString L(string name) => new LocalizableResourceString(name, Resources, typeof(SecretsDescriptors));

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

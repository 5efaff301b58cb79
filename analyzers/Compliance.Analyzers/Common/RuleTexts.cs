namespace Compliance.Analyzers
{
    using System.Resources;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// The rules' texts in English and Chinese: RuleResources(.zh-Hans).resx, generated from
    /// rules/diagnostics/*.yaml (title, message, description and the <c>messages:</c> an analyzer formats
    /// as <c>CMPxxxx_&lt;key&gt;</c>). Run <c>dotnet run --project scripts/generate-rules</c> after editing the YAML.
    /// </summary>
    internal static class RuleTexts
    {
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.RuleResources", typeof(RuleTexts).Assembly);

        internal static LocalizableString L(string key) => new LocalizableResourceString(key, Resources, typeof(RuleTexts));

        /// <summary>A localizable message (argument): resource <paramref name="key"/> formatted with <paramref name="args"/>.</summary>
        internal static LocalizableString Format(string key, params string[] args) =>
            new LocalizableResourceString(key, Resources, typeof(RuleTexts), args);
    }
}
